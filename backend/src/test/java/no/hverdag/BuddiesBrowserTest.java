package no.hverdag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import no.hverdag.buddies.BuddyProgrammes;
import no.hverdag.buddies.Programme;
import no.hverdag.support.Reflow;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SystemChromium;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator's culture-buddy round in a real browser, in bokmål and in Arabic: four
 * people enrol through the form, the coordinator approves the locals after a
 * conversation, runs the round, reads the reasons and publishes it; all four say yes, and
 * only then does each see the other's first name and contact. Every page on the way is
 * checked with axe-core (WCAG 2 A/AA).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuddiesBrowserTest extends ServerTestSupport {

	@Autowired
	BuddyProgrammes programmes;

	private Playwright playwright;

	private Browser browser;

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

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "nb", "ar" })
	@DisplayName("from enrolment to two consenting pairs")
	void roundToTwoConsentingPairs(String lang) {
		String programme = "browser-buddies-" + lang;
		this.programmes
			.importProgramme(new Programme(programme, "Kulturvenn nettleser " + lang, "4003", null,
					Map.of("nb", "Et program for nettlesertesten.", "ar", "برنامج لاختبار المتصفح."), 12, 2, 7, null,
					"test", "koordinator-skien", Instant.now()))
			.block();
		String run = UUID.randomUUID().toString().substring(0, 8);
		Person amal = new Person("amal-" + run, "Amal", "NEWCOMER", "ar", "THURSDAY_EVENING", "FOOTBALL");
		Person kari = new Person("kari-" + run, "Kari", "LOCAL", "en", "THURSDAY_EVENING", "FOOTBALL");
		Person yonas = new Person("yonas-" + run, "Yonas", "NEWCOMER", "ti", "TUESDAY_EVENING", "GAMES");
		Person ola = new Person("ola-" + run, "Ola", "LOCAL", "ti", "TUESDAY_EVENING", "GAMES");

		for (Person person : List.of(amal, kari, yonas, ola)) {
			enrol(person, programme, lang);
		}

		Page coordinator = signedIn("koordinator-skien", "Siri Koordinator");
		coordinator.navigate(baseUrl() + "/buddies?lang=" + lang);
		assertThat(coordinator.locator("h1")).hasText(lang.equals("nb") ? "Kulturvenn" : "رفيق ثقافي");
		assertNoViolations(coordinator, "programmes (" + lang + ")");
		coordinator.navigate(baseUrl() + "/buddies/check-in/no-such-link?lang=" + lang);
		assertNoViolations(coordinator, "check-in (" + lang + ")");
		coordinator.navigate(baseUrl() + "/buddies/programmes/" + programme + "/coordinate?lang=" + lang);
		assertNoViolations(coordinator, "coordinator page (" + lang + ")");
		assertThat(coordinator.locator("li.awaiting")).hasCount(2);
		for (int i = 0; i < 2; i++) {
			Locator waiting = coordinator.locator("li.awaiting").first();
			waiting.locator("input[type=checkbox]").check();
			waiting.locator("button").click();
			assertThat(coordinator.locator(".notice")).isVisible();
		}
		coordinator.locator("#weight-interests").fill("7");
		coordinator.locator("section[aria-labelledby=run-heading] button").click();
		assertThat(coordinator.locator("h1")).hasText(lang.equals("nb") ? "Matcherunde" : "جولة مطابقة");
		assertThat(coordinator.locator("tr.proposal")).hasCount(2);
		assertThat(coordinator.locator("tr.proposal", new Page.LocatorOptions().setHasText("Amal")).locator(".local"))
			.hasText("Kari");
		assertThat(coordinator.locator("tr.proposal", new Page.LocatorOptions().setHasText("Amal")))
			.containsText(lang.equals("nb") ? "begge liker fotball" : "كلاهما يحب كرة القدم");
		assertThat(coordinator.locator("#weight-interests")).hasValue("7");
		assertNoViolations(coordinator, "round draft (" + lang + ")");
		// The proposals table on a phone: each pair a block, no sideways scrolling.
		coordinator.setViewportSize(320, 640);
		org.assertj.core.api.Assertions.assertThat(Reflow.sideways(coordinator, "round draft (" + lang + ")"))
			.as("the round at 320 px")
			.isEmpty();
		coordinator.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(java.nio.file.Path.of("target", "screenshots", "buddy-round-320-" + lang + ".png")));
		coordinator.setViewportSize(1024, 900);
		coordinator.locator("#publish-form button").click();
		assertThat(coordinator.locator(".notice")).isVisible();
		assertNoViolations(coordinator, "round published (" + lang + ")");
		coordinator.context().close();

		// Before both said yes, nobody sees a name or a contact point.
		Page amalsPage = mine(amal, lang);
		assertThat(amalsPage.locator(".buddy")).hasCount(0);
		assertNoViolations(amalsPage, "my buddy, a proposal (" + lang + ")");
		amalsPage.locator("button.yes").click();
		assertThat(amalsPage.locator(".buddy")).hasCount(0);
		amalsPage.context().close();

		for (Person person : List.of(kari, yonas, ola)) {
			Page page = mine(person, lang);
			page.locator("button.yes").click();
			page.context().close();
		}
		for (Person[] pair : new Person[][] { { amal, kari }, { kari, amal }, { yonas, ola }, { ola, yonas } }) {
			Page page = mine(pair[0], lang);
			assertThat(page.locator(".buddy-name")).hasText(pair[1].firstName());
			assertThat(page.locator(".buddy-contact")).hasText(pair[1].subject() + "@example.no");
			if (pair[0] == amal) {
				assertNoViolations(page, "my buddy, both said yes (" + lang + ")");
			}
			page.context().close();
		}
	}

	private record Person(String subject, String firstName, String side, String language, String free,
			String interest) {
	}

	private void enrol(Person person, String programme, String lang) {
		Page page = signedIn(person.subject(), person.firstName());
		page.navigate(baseUrl() + "/buddies/programmes/" + programme + "?lang=" + lang);
		assertThat(page.locator("html")).hasAttribute("lang", lang);
		if (lang.equals("ar")) {
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		}
		page.locator("#side-" + person.side()).check();
		page.locator("#firstName").fill(person.firstName());
		page.locator("#contact").fill(person.subject() + "@example.no");
		if (person.firstName().equals("Amal")) {
			// Sent without age, languages or free times first: inline messages, typed
			// values kept.
			page.locator("#enrol-heading ~ form button[type=submit]").click();
			assertThat(page.locator(".error-summary")).isVisible();
			assertThat(page.locator("#firstName")).hasValue("Amal");
			assertNoViolations(page, "enrolment form with errors (" + lang + ")");
		}
		page.locator("#language-" + person.language()).check();
		page.locator("#language-en").check();
		page.locator("#norwegian").selectOption(person.side().equals("LOCAL") ? "FLUENT" : "BEGINNER");
		page.locator("#ageBand").selectOption("AGE_26_35");
		page.locator("#free-" + person.free()).check();
		page.locator("#interest-" + person.interest()).check();
		if (person.side().equals("LOCAL")) {
			page.locator("#acceptTerms-input").check();
		}
		page.locator("#enrol-heading ~ form button[type=submit]").click();
		assertThat(page.locator(".notice")).isVisible();
		if (person.firstName().equals("Amal")) {
			assertNoViolations(page, "my buddy after enrolling (" + lang + ")");
		}
		page.context().close();
	}

	private Page mine(Person person, String lang) {
		Page page = signedIn(person.subject(), person.firstName());
		page.navigate(baseUrl() + "/buddies/mine?lang=" + lang);
		return page;
	}

	private Page signedIn(String subject, String name) {
		BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900).setLocale("nb-NO"));
		Page page = context.newPage();
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("hverdag-web"),
				Map.of("name", name), 3600));
		page.navigate(baseUrl() + "/oauth2/authorization/idporten");
		assertThat(page.locator("body")).containsText(name);
		return page;
	}

	private void assertNoViolations(Page page, String where) {
		AxeResults results = new AxeBuilder(page).withTags(SystemChromium.WCAG_A_AA).analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> where + ": " + violations.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"))).isEmpty();
		assertThat(results.getPasses()).as("axe ran its rules on " + where).isNotEmpty();
	}

}
