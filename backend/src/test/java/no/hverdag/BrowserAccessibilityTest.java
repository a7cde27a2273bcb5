package no.hverdag;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SystemChromium;
import no.hverdag.support.SignUpActivities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer in a real browser (the system Chromium, driven by Playwright): searching
 * with the keyboard, opening an activity, in bokmål and in Arabic, with no WCAG 2 A/AA
 * violation that axe-core can find on any page visited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserAccessibilityTest extends ServerTestSupport {

	private Playwright playwright;

	private Browser browser;

	private Page page;

	@BeforeAll
	void launch() {
		this.playwright = SystemChromium.playwright();
		this.browser = SystemChromium.launch(this.playwright);
	}

	@BeforeEach
	void open() {
		this.page = this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("nb-NO"))
			.newPage();
	}

	@AfterEach
	void close() {
		this.page.context().close();
	}

	@AfterAll
	void quit() {
		this.browser.close();
		this.playwright.close();
	}

	@Test
	@DisplayName("in bokmål: search by keyboard on the home page, open the café, no accessibility violations")
	void searchAndOpenInBokmal() {
		this.page.navigate(baseUrl() + "/?lang=nb");
		assertThat(this.page.locator("html")).hasAttribute("lang", "nb");
		assertNoViolations("home (nb)");

		this.page.getByLabel("Hva leter du etter?").fill("språkkafé");
		this.page.getByLabel("Kommune").selectOption("1804");
		this.page.getByLabel("Hva leter du etter?").press("Enter");
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*q=spr.*municipality=1804.*"));
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Språkkafé på Stormen")))
			.isVisible();
		assertNoViolations("search results (nb)");

		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Språkkafé på Stormen"))
			.focus();
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("h1")).hasText("Språkkafé på Stormen");
		assertThat(this.page.locator("dl.facts")).containsText("Hver tirsdag kl. 18:00–20:00");
		assertNoViolations("activity (nb)");
	}

	@Test
	@DisplayName("\"for you\" without an account, in Arabic then bokmål: the profile form by keyboard, suggestions with reasons, no violations")
	void forYouInArabicAndBokmal() {
		this.page.navigate(baseUrl() + "/for-you?lang=ar");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertNoViolations("for you, empty (ar)");

		this.page.getByLabel("العربية").first().check();
		this.page.locator("#municipality").selectOption("1804");
		this.page.locator("#days-TUESDAY").check();
		this.page.locator("#after").fill("16:00");
		this.page.locator("form[action='/for-you'] button[type=submit]").press("Enter");
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/for-you\\?saved"));
		assertThat(this.page.locator("ol.cards li").first()).containsText("مقهى اللغة في مكتبة ستورمن");
		assertThat(this.page.locator("ol.cards li").first()).containsText("يُتحدث بها: العربية");
		assertNoViolations("for you, suggestions (ar)");

		this.page.navigate(baseUrl() + "/for-you?lang=nb");
		assertThat(this.page.locator("ol.cards li").first()).containsText("Arabisk snakkes der");
		assertNoViolations("for you, suggestions (nb)");
	}

	@Test
	@DisplayName("in Arabic: right to left, the same search and activity, no accessibility violations")
	void searchAndOpenInArabic() {
		this.page.navigate(baseUrl() + "/?lang=ar&municipality=1804&type=LANGUAGE_CAFE");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(this.page.locator("html")).hasAttribute("lang", "ar");
		assertThat(this.page.locator("a[hreflang=nb]")).hasText("Norsk bokmål");
		assertNoViolations("search results (ar)");

		// The café has an Arabic version: an Arabic reader gets it, marked as Arabic.
		this.page.getByText("مقهى اللغة في مكتبة ستورمن").click();
		assertThat(this.page.locator("h1")).hasText("مقهى اللغة في مكتبة ستورمن");
		assertThat(this.page.locator("h1")).hasAttribute("lang", "ar");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertNoViolations("activity (ar)");

		// The language stays chosen (a cookie), and the switcher goes back to bokmål on
		// the same page.
		this.page.locator("a[hreflang=nb]").click();
		assertThat(this.page.locator("html")).hasAttribute("dir", "ltr");
		assertThat(this.page.locator("h1")).hasText("Språkkafé på Stormen");
	}

	@Test
	@DisplayName("the kiosk screens and the sign-in page have no accessibility violations either")
	void kioskAndSignIn() {
		this.page.navigate(baseUrl() + "/kiosk");
		assertNoViolations("kiosk chooser (nb)");
		// The kiosk starts with the language, each named in its own script, as touch
		// targets of 48 px.
		com.microsoft.playwright.Locator languages = this.page.locator("main .languages-first a");
		assertThat(languages).hasCount(no.hverdag.shared.i18n.SupportedLanguage.values().length);
		assertThat(this.page.locator("main .languages-first a[hreflang=ar]")).hasText("العربية");
		for (int i = 0; i < languages.count(); i++) {
			com.microsoft.playwright.options.BoundingBox box = languages.nth(i).boundingBox();
			assertThat(box.height).isGreaterThanOrEqualTo(48);
			assertThat(box.width).isGreaterThanOrEqualTo(48);
		}
		this.page.locator("main .languages-first a[hreflang=ar]").click();
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		// The click does not wait for the new page's style sheet; axe must not run before
		// it.
		this.page.waitForLoadState();
		assertNoViolations("kiosk chooser (ar)");
		this.page.navigate(baseUrl() + "/kiosk?lang=nb");
		this.page.getByText("Stormen bibliotek").click();
		assertThat(this.page.locator("h1")).containsText("Stormen bibliotek");
		assertNoViolations("kiosk screen (nb)");
		this.page.navigate(baseUrl() + "/kiosk/seed-library-stormen?lang=ar");
		assertNoViolations("kiosk screen (ar)");
		this.page.navigate(baseUrl() + "/login?lang=nb");
		assertNoViolations("sign-in (nb)");
	}

	@Test
	@DisplayName("signed in: registration with inline errors, the coordinator queue, the dashboard and the activity form are accessible")
	void signedInPages() {
		signIn("koordinator-bodo", "Kari Koordinator");
		this.page.navigate(baseUrl() + "/coordinator?lang=nb");
		assertThat(this.page.locator("h1")).hasText("Organisasjoner som venter på godkjenning");
		assertNoViolations("coordinator queue (nb)");
		this.page.navigate(baseUrl() + "/coordinator?lang=ar");
		assertNoViolations("coordinator queue (ar)");

		this.page.navigate(baseUrl() + "/organisations/new?lang=nb");
		assertNoViolations("registration form (nb)");
		this.page.getByLabel("Navn på organisasjonen").fill("Tastefeil forening");
		this.page.getByLabel("Organisasjonsnummer (9 siffer)").fill("123456789");
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Send til godkjenning"))
			.click();
		assertThat(this.page.locator(".error-summary")).containsText("Organisasjonsnummeret er ikke gyldig");
		assertThat(this.page.getByLabel("Navn på organisasjonen")).hasValue("Tastefeil forening");
		assertNoViolations("registration form with errors (nb)");

		this.page.context().clearCookies();
		signIn("frivillig-bodo", "Frida Frivillig");
		this.page.navigate(baseUrl() + "/organisations/seed-org-bodo-frivilligsentral?lang=nb");
		assertThat(this.page.locator("h1")).hasText("Bodø Frivilligsentral");
		assertNoViolations("organisation dashboard (nb)");
		this.page.navigate(baseUrl() + "/organisations/seed-org-bodo-frivilligsentral/activities/new?lang=ar");
		assertNoViolations("post activity form (ar)");
	}

	@Test
	@DisplayName("a kiosk left alone for a minute goes back to its start and forgets what was typed")
	void kioskIdleReset() {
		this.page.clock().install();
		this.page.navigate(baseUrl() + "/kiosk/seed-library-stormen?lang=nb");
		com.microsoft.playwright.Locator firstName = this.page.locator("input[name=firstName]").first();
		firstName.fill("Amina");
		this.page.clock().runFor(30_000);
		assertThat(firstName).hasValue("Amina");
		firstName.press("a");
		this.page.clock().runFor(45_000);
		assertThat(this.page.locator("input[name=firstName]").first()).hasValue("Aminaa");
		this.page.clock().runFor(20_000);
		this.page.waitForLoadState();
		// Back to the start, and to bokmål: the next person does not get this one's
		// language.
		assertThat(this.page).hasURL(baseUrl() + "/kiosk/seed-library-stormen?lang=nb");
		assertThat(this.page.locator("input[name=firstName]").first()).hasValue("");
	}

	@Autowired
	ActivityPublishing publishing;

	@Test
	@DisplayName("signing up by keyboard: the form, its inline errors, the confirmation and the waiting list, in bokmål and Arabic")
	void signUpPages() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, 1);
		this.page.navigate(baseUrl() + "/activities/" + id + "?lang=nb");
		assertThat(this.page.locator("#signup-heading")).hasText("Meld deg på");
		assertNoViolations("activity with sign-up form (nb)");

		// Nothing typed: the browser's own check is skipped, so the server's messages
		// show.
		this.page.locator("form[action$='/signups']").evaluate("f => f.noValidate = true");
		this.page.getByLabel("Telefonnummer eller e-post").fill("ikke en adresse");
		this.page.getByLabel("Telefonnummer eller e-post").press("Enter");
		assertThat(this.page.locator(".error-summary")).containsText("Skriv fornavnet ditt.");
		assertThat(this.page.getByLabel("Telefonnummer eller e-post")).hasAttribute("aria-invalid", "true");
		assertNoViolations("sign-up form with errors (nb)");

		this.page.getByLabel("Fornavn").fill("Amina");
		this.page.getByLabel("Telefonnummer eller e-post").fill("amina-" + System.nanoTime() + "@example.no");
		this.page.getByLabel("Fornavn").press("Enter");
		assertThat(this.page.locator("h1")).hasText("Påmeldingen din");
		assertThat(this.page.locator("main")).containsText("Du har fått plass");
		assertNoViolations("sign-up confirmation (nb)");

		// The only place is taken: the next person waits, reading Arabic.
		this.page.navigate(baseUrl() + "/activities/" + id + "?lang=ar");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertNoViolations("activity with a full date (ar)");
		this.page.locator("#signup-firstName").fill("Omar");
		this.page.locator("#signup-contact").fill("omar-" + System.nanoTime() + "@example.no");
		this.page.locator("#signup-contact").press("Enter");
		assertThat(this.page.locator("main")).containsText("قائمة الانتظار");
		assertNoViolations("waiting-list confirmation (ar)");
	}

	@Test
	@DisplayName("signed in: the organisation's sign-up list and my own sign-ups with the calendar address are accessible")
	void signUpListPages() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, 3);
		signIn("frivillig-oslo", "Olav Frivillig");
		this.page.navigate(baseUrl() + "/activities/" + id + "?lang=nb");
		this.page.getByLabel("Telefonnummer eller e-post").fill("olav-" + System.nanoTime() + "@example.no");
		this.page.getByLabel("Telefonnummer eller e-post").press("Enter");
		assertThat(this.page.locator("main")).containsText("Du har fått plass");

		this.page.navigate(
				baseUrl() + "/organisations/" + SignUpActivities.OSLO_ORG + "/activities/" + id + "/signups?lang=nb");
		assertThat(this.page.locator("tbody tr")).hasCount(1);
		assertNoViolations("organisation's sign-up list (nb)");

		this.page.navigate(baseUrl() + "/me/signups?lang=ar");
		assertThat(this.page.locator("tbody tr")).hasCount(1);
		this.page.locator("form[action='/me/signups/calendar-feed'] button").click();
		assertThat(this.page.locator("#feed-url")).hasValue(java.util.regex.Pattern.compile(".*/calendar/.+\\.ics"));
		assertNoViolations("my sign-ups with a new calendar address (ar)");
	}

	/**
	 * The real sign-in in the browser: the provider answers at once with the enqueued
	 * person.
	 */
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
