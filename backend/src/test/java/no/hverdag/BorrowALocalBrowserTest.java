package no.hverdag;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SystemChromium;
import no.hverdag.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The human library in a real browser (system Chromium via Playwright): a slot taken
 * anywhere shows as taken on every open kiosk within a second, the kiosk says plainly
 * when it is offline and recovers, and the kiosk, booking, web and staff pages have no
 * WCAG 2 A/AA violation axe-core can find, in bokmål and in Arabic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BorrowALocalBrowserTest extends ServerTestSupport {

	static final String LIBRARY = "browser-library";

	@Autowired
	LibraryAdministration administration;

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	private Page page;

	@BeforeAll
	void launch() {
		this.playwright = SystemChromium.playwright();
		this.browser = SystemChromium.launch(this.playwright);
		this.administration.importLibrary(new Library(LIBRARY, "Nettleserbiblioteket", "1804", "Vei 2", null, null))
			.block();
		this.administration
			.importPerson(new PersonToBorrow("browser-person", LIBRARY, "Berit", List.of("Norsk samtale"),
					List.of("no", "ar"), EnumSet.allOf(DayOfWeek.class),
					List.of(LocalTime.of(13, 0), LocalTime.of(14, 0), LocalTime.of(15, 0)), 45, 1))
			.block();
	}

	@BeforeEach
	void open() {
		this.context = newContext();
		this.page = this.context.newPage();
	}

	@AfterEach
	void close() {
		this.context.close();
	}

	@AfterAll
	void quit() {
		this.browser.close();
		this.playwright.close();
	}

	private BrowserContext newContext() {
		return this.browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900).setLocale("nb-NO"));
	}

	@Test
	@DisplayName("two kiosks open: a slot booked over HTTP shows as taken on the other within a second, without reload")
	void liveUpdate() {
		String slot = Slot.idFor("browser-person", TestClockConfig.NOW.toLocalDate(), LocalTime.of(13, 0));
		Page other = this.context.browser().newContext().newPage();
		this.page.navigate(baseUrl() + "/kiosk/" + LIBRARY + "?lang=nb");
		other.navigate(baseUrl() + "/kiosk/" + LIBRARY + "?lang=nb");
		Locator card = other.locator("[data-slot-id='" + slot + "']");
		assertThat(card.locator(".remaining")).hasText("Ledige plasser: 1");
		// Both are following the stream before the booking is made.
		assertThat(this.page.locator("html")).hasAttribute("data-live", "open");
		assertThat(other.locator("html")).hasAttribute("data-live", "open");

		int status = WebClient.create(baseUrl())
			.post()
			.uri("/api/v1/slots/{slot}/bookings", slot)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("firstName", "Live", "contact", "live@example.no"))
			.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
			.block();
		assertThat(status).isEqualTo(201);

		LocatorAssertions.HasTextOptions withinASecond = new LocatorAssertions.HasTextOptions().setTimeout(1000);
		assertThat(card.locator(".remaining")).hasText("Tatt", withinASecond);
		assertThat(card.locator("button")).isDisabled(new LocatorAssertions.IsDisabledOptions().setTimeout(1000));
		assertThat(this.page.locator("[data-slot-id='" + slot + "'] .remaining")).hasText("Tatt", withinASecond);
		other.context().close();
	}

	@Test
	@DisplayName("offline, the kiosk says so in Arabic; back online, the message goes by itself")
	void offline() {
		this.page.navigate(baseUrl() + "/kiosk/" + LIBRARY + "?lang=ar");
		Locator message = this.page.locator(".offline");
		assertThat(this.page.locator("html")).hasAttribute("data-live", "open");
		assertThat(message).isHidden();
		this.context.setOffline(true);
		assertThat(message).isVisible();
		assertThat(message).hasText("فقدت هذه الشاشة الاتصال بالخادم. انتظر قليلًا، ستحاول من جديد تلقائيًا.");
		this.context.setOffline(false);
		assertThat(message).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(10_000));
	}

	@Test
	@DisplayName("kiosk booking with its QR confirmation, the booking's page and check-in: accessible in bokmål and Arabic")
	void kioskPages() {
		for (String lang : List.of("nb", "ar")) {
			this.page.navigate(baseUrl() + "/kiosk/" + LIBRARY + "?lang=" + lang);
			assertThat(this.page.locator("html")).hasAttribute("lang", lang);
			assertNoViolations("kiosk screen (" + lang + ")");
			Locator card = this.page.locator("li.card", new Page.LocatorOptions().setHasText("Berit")).first();
			card.locator("input[name=firstName]").fill("Nour");
			card.locator("input[name=contact]").fill("nour-" + lang + "@example.no");
			card.locator("button").click();
			assertThat(this.page.locator("svg.qr")).isVisible();
			String reference = this.page.locator(".reference").textContent();
			assertNoViolations("kiosk confirmation with QR (" + lang + ")");

			this.page.navigate(baseUrl() + "/kiosk/" + LIBRARY + "?lang=" + lang);
			this.page.locator("#reference").fill(reference);
			this.page.locator(".check-in button").click();
			assertThat(this.page.locator("h1")).hasText(lang.equals("nb") ? "Velkommen!" : "أهلًا بك!");
			assertNoViolations("kiosk check-in (" + lang + ")");
		}
		this.page.navigate(baseUrl() + "/borrow?lang=nb&speaks=ar");
		assertThat(this.page.locator("h1")).hasText("Lån en person");
		assertNoViolations("borrow (nb)");
		Locator card = this.page.locator("li.card").first();
		card.locator("input[name=firstName]").fill("Nour");
		card.locator("input[name=contact]").fill("nour-web@example.no");
		card.locator("button").click();
		assertThat(this.page.locator("h1")).hasText("Bookingen din");
		assertNoViolations("booking page (nb)");
		this.page.navigate(this.page.url().replace("?booked", "") + "?lang=ar");
		assertNoViolations("booking page (ar)");
		this.page.navigate(baseUrl() + "/borrow?lang=ar");
		assertNoViolations("borrow (ar)");
	}

	@Test
	@DisplayName("the staff's page and the volunteer's form: accessible in bokmål and Arabic")
	void staffAndVolunteer() {
		signIn("bibliotek-stormen", "Bente Bibliotekar");
		for (String lang : List.of("nb", "ar")) {
			this.page.navigate(baseUrl() + "/staff/libraries/seed-library-stormen?lang=" + lang);
			assertThat(this.page.locator("h1")).containsText("Stormen bibliotek");
			assertNoViolations("staff page (" + lang + ")");
			this.page.navigate(baseUrl() + "/volunteer?lang=" + lang);
			assertNoViolations("volunteer form (" + lang + ")");
		}
		this.page.navigate(baseUrl() + "/volunteer?lang=nb");
		this.page.locator("#presentation").fill("Jeg liker å prate.");
		this.page.locator("#topic-knitting").check();
		this.page.locator("#language-no").check();
		this.page.locator("main button[type=submit]").click();
		assertThat(this.page.locator(".error-summary")).containsText("Velg minst ett bibliotek");
		assertNoViolations("volunteer form with errors (nb)");
	}

	@Test
	@DisplayName("issue 12: the page that edits a session is accessible in bokmål and Arabic (right to left)")
	void editSession() {
		signIn("bibliotek-stormen", "Bente Bibliotekar");
		this.page.navigate(baseUrl() + "/staff/libraries/seed-library-stormen?lang=nb");
		this.page.locator("#kind-once").check();
		this.page.locator("#date").fill(TestClockConfig.NOW.toLocalDate().plusDays(3).toString());
		this.page.locator("#start").fill("06:00");
		this.page.locator("#end").fill("07:00");
		this.page.locator("#room").fill("Nettleserrom");
		this.page.locator("form.session-form button[type=submit]").click();
		this.page.locator("li:has-text('Nettleserrom') a:has-text('Endre økten')").click();
		assertThat(this.page.locator("h1")).containsText("Endre økten");
		assertNoViolations("session edit (nb)");
		screenshot("session-edit-nb");

		String edit = this.page.url().replaceAll("\\?.*$", "");
		this.page.navigate(edit + "?lang=ar");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(this.page.locator("h1")).containsText("عدّل الجلسة");
		assertNoViolations("session edit (ar)");
		screenshot("session-edit-ar");

		this.page.locator("#capacity").fill("2");
		this.page.locator("#room").fill("Nettleserrom 2");
		this.page.locator("#main form button[type=submit]").click();
		this.page.waitForURL(url -> url.contains("sessionEdited"));
		assertThat(this.page.locator("#main")).containsText("Nettleserrom 2");
	}

	private void screenshot(String name) {
		this.page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
			.setPath(EveryRoleBrowserTest.SCREENSHOTS.resolve("borrow-" + name + ".png")));
	}

	private void signIn(String subject, String name) {
		OIDC.enqueueCallback(new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT",
				List.of("hverdag-web"), Map.of("name", name), 3600));
		this.page.navigate(baseUrl() + "/oauth2/authorization/idporten");
		assertThat(this.page.locator("body")).containsText("Innlogget som " + name);
	}

	private void assertNoViolations(String where) {
		AxeResults results = new AxeBuilder(this.page).withTags(SystemChromium.WCAG_A_AA).analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> where + ": " + violations.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"))).isEmpty();
		assertThat(results.getPasses()).as("axe ran its rules on " + where).isNotEmpty();
	}

}
