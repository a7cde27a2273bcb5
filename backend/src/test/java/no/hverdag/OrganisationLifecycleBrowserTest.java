package no.hverdag;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.signups.NewSignUp;
import no.hverdag.signups.SignUps;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SignUpActivities;
import no.hverdag.support.SystemChromium;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's organisation lifecycle in a real browser (system Chromium), as the people
 * who do it: an organisation member edits a listing and cancels one of its dates (on a
 * phone, in bokmål); a visitor reports the listing (in Arabic, right to left); the
 * coordinator unpublishes it with a reason; the organisation sees the reason (in Arabic).
 * Every confirmation is a required checkbox, by keyboard; every screen has no WCAG 2 A/AA
 * violation axe-core can find, and is saved under {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationLifecycleBrowserTest extends ServerTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String ORG = SignUpActivities.OSLO_ORG;

	@Autowired
	ActivityPublishing publishing;

	@Autowired
	SignUps signUps;

	private Playwright playwright;

	private Browser browser;

	private Page page;

	@BeforeAll
	void launch() {
		this.playwright = SystemChromium.playwright();
		this.browser = SystemChromium.launch(this.playwright);
	}

	@AfterAll
	void quit() {
		this.browser.close();
		this.playwright.close();
	}

	@Test
	@DisplayName("organisation edits and cancels a date (phone, nb); visitor reports (ar); coordinator unpublishes "
			+ "with a reason (nb); organisation sees the reason (ar); axe finds nothing")
	void lifecycle() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		this.signUps.signUp(new NewSignUp(id, "2026-12-01", "Kari", "kari-browser@example.no", "nb", null)).block();
		this.signUps.signUp(new NewSignUp(id, "2026-12-01", "Omar", "omar-browser@example.no", "ar", null)).block();

		// The organisation, on a phone in bokmål.
		BrowserContext member = signedIn("frivillig-oslo", "Frida Frivillig", 390, 844, "nb-NO");
		this.page.navigate(baseUrl() + "/organisations/" + ORG + "/activities/" + id + "/edit?lang=nb");
		assertThat(this.page.locator("h1")).hasText("Endre aktiviteten");
		check("edit listing, phone (nb)");
		this.page.locator("#title").fill("Språkkafé og sjakk");
		this.page.locator("#topics-CHESS").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre endringene")).click();
		assertThat(this.page.locator("p.notice").first()).hasText("Endringene er lagret.");
		check("organisation page after edit, phone (nb)");

		this.page.navigate(
				baseUrl() + "/organisations/" + ORG + "/activities/" + id + "/occurrences/2026-12-01/cancel?lang=nb");
		assertThat(this.page.locator("main")).containsText("2 påmeldte og ventende");
		this.page.locator("#reason").fill("Biblioteket er stengt.");
		// Without the box ticked, nothing happens but a message.
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avlys datoen")).click();
		assertThat(this.page.locator("#confirm-error")).hasText("Kryss av for å bekrefte.");
		check("cancel a date, confirmation missing, phone (nb)");
		this.page.locator("#confirm").focus();
		this.page.keyboard().press("Space");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avlys datoen")).click();
		assertThat(this.page.locator("p.notice").first()).hasText("Datoen er avlyst. 2 personer har fått beskjed.");
		check("date cancelled, phone (nb)");
		signOut();
		member.close();

		// A visitor, in Arabic, reports the listing.
		open(1280, 900, "ar");
		this.page.navigate(baseUrl() + "/activities/" + id + "?lang=ar");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("الإبلاغ عن هذا النشاط")).click();
		check("report form (ar)");
		this.page.locator("#category-SPAM").check();
		this.page.locator("#note").fill("إعلان تجاري");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال البلاغ")).click();
		assertThat(this.page.locator("h1")).hasText("شكرًا لإبلاغنا");
		check("report sent (ar)");
		this.page.context().close();

		// The coordinator, on a desktop in bokmål.
		BrowserContext coordinator = signedIn("koordinator-oslo", "Kari Koordinator", 1280, 900, "nb-NO");
		this.page.navigate(baseUrl() + "/coordinator/listings?lang=nb");
		assertThat(this.page.locator("main")).containsText("إعلان تجاري");
		check("listings queue (nb)");
		this.page.navigate(baseUrl() + "/coordinator/activities/" + id + "/unpublish?lang=nb");
		this.page.locator("#reason").fill("Skriv hvor i biblioteket dere møtes.");
		this.page.locator("#confirm").check();
		check("unpublish with a reason (nb)");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avpubliser")).click();
		assertThat(this.page.locator("p.notice").first())
			.hasText("Aktiviteten er avpublisert, og organisasjonen har fått beskjed.");
		signOut();
		coordinator.close();

		// The organisation, in Arabic, sees the reason and can resubmit.
		BrowserContext again = signedIn("frivillig-oslo", "Frida Frivillig", 1280, 900, "ar");
		this.page.navigate(baseUrl() + "/organisations/" + ORG + "?lang=ar");
		assertThat(this.page.locator(".unpublish-reason")).hasText("Skriv hvor i biblioteket dere møtes.");
		assertThat(this.page.locator("main")).containsText("أوقف المنسق نشره");
		check("organisation sees the reason (ar)");
		signOut();
		again.close();
	}

	/**
	 * Signs out, so this journey leaves no signed-in session behind in the context other
	 * browser tests share (SessionGrowthTest counts them).
	 */
	private void signOut() {
		// On a phone the button is in the folded menu; the form is the same.
		this.page.locator("form.sign-out").evaluate("form => form.requestSubmit()");
		this.page.waitForURL(url -> !url.contains("/organisations/") && !url.contains("/coordinator/"));
	}

	private BrowserContext signedIn(String subject, String name, int width, int height, String locale) {
		open(width, height, locale);
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("hverdag-web"),
				Map.of("name", name), 3600));
		this.page.navigate(baseUrl() + "/oauth2/authorization/idporten");
		assertThat(this.page.locator("body")).containsText(name);
		return this.page.context();
	}

	private void open(int width, int height, String locale) {
		this.page = this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale))
			.newPage();
		this.page.setDefaultTimeout(30_000);
	}

	/**
	 * No WCAG 2 A/AA violation axe-core can find, and a screenshot a person can look at.
	 */
	private void check(String where) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(SCREENSHOTS
				.resolve("lifecycle-" + where.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "") + ".png")));
		AxeResults results = new AxeBuilder(this.page).withTags(SystemChromium.WCAG_A_AA).analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> where + ": " + violations.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"))).isEmpty();
		assertThat(results.getPasses()).as("axe ran its rules on " + where).isNotEmpty();
	}

}
