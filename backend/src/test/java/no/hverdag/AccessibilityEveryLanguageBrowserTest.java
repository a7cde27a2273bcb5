package no.hverdag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.shared.i18n.SupportedLanguage;
import no.hverdag.shared.security.RoutePolicy;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SignUpActivities;
import no.hverdag.support.SystemChromium;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's proof, in one Chromium: every page route in {@link RoutePolicy}, opened as a
 * demo user who may open it, checked by axe-core against WCAG 2 A/AA. Every route runs in
 * bokmål, Arabic and Persian (the default and both right-to-left languages, where layout
 * breaks first); the pages a newcomer meets ({@link #MAIN}) run in all nine languages.
 * Nine languages times every route would take several minutes more for little: the other
 * pages share the same layout and fragments, and the bundle test checks every text. One
 * signed-in browser context per demo user is reused across languages. Then four journeys
 * with Tab and Enter only (search, sign-up, kiosk booking, organisation registration),
 * with a visible focus at each stop, and the main pages at 320 CSS pixels without
 * horizontal scrolling (WCAG 1.4.10, which is also 400 % zoom of a 1280 px window).
 * Measured: 17 tests in 10 to 16 minutes on two cores shared with other builds (load 25
 * to 30); the language loop is most of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityEveryLanguageBrowserTest extends ServerTestSupport {

	static final String NEWCOMER = "a11y-newcomer";

	/** A page and the demo user who opens it ({@code null}: nobody signed in). */
	record Visit(String path, String subject) {
	}

	/** Each page route with an example from the demo data, and who opens it. */
	static final Map<String, Visit> PAGES = new LinkedHashMap<>();

	static {
		String osloOrg = SignUpActivities.OSLO_ORG;
		page("/", "/", null);
		page("/activities/{id}", "/activities/seed-activity-0", null);
		page("/privacy", "/privacy", null);
		page("/login", "/login", null);
		page("/login/code", "/login/code", null);
		page("/kiosk", "/kiosk", null);
		page("/kiosk/{libraryId}", "/kiosk/seed-library-stormen", null);
		page("/for-you", "/for-you", null);
		page("/borrow", "/borrow", null);
		page("/accessibility", "/accessibility", null);
		page("/buddies", "/buddies", null);
		page("/buddies/programmes/{id}", "/buddies/programmes/seed-kulturvenn-skien", null);
		page("/venues", "/venues", null);
		page("/venues/{id}", "/venues/seed-venue-oslo-frivilligsentral", null);
		page("/venues/{id}/rooms/{room}", "/venues/seed-venue-oslo-frivilligsentral/rooms/kafe", null);
		page("/equipment", "/equipment", null);
		page("/equipment/points/{id}", "/equipment/points/seed-point-oslo", null);
		page("/organisations/new", "/organisations/new", NEWCOMER);
		page("/organisations/mine", "/organisations/mine", "frivillig-oslo");
		page("/organisations/{id}", "/organisations/" + osloOrg, "frivillig-oslo");
		page("/organisations/{id}/activities/new", "/organisations/" + osloOrg + "/activities/new", "frivillig-oslo");
		page("/organisations/{id}/activities/import", "/organisations/" + osloOrg + "/activities/import",
				"frivillig-oslo");
		page("/coordinator", "/coordinator", "koordinator-oslo");
		page("/coordinator/audit", "/coordinator/audit", "koordinator-oslo");
		page("/me", "/me", NEWCOMER);
		page("/me/signups", "/me/signups", NEWCOMER);
		page("/volunteer", "/volunteer", NEWCOMER);
		page("/staff", "/staff", "bibliotek-stormen");
		page("/staff/libraries/{libraryId}", "/staff/libraries/seed-library-stormen", "bibliotek-stormen");
		page("/staff/libraries/{libraryId}/kiosks", "/staff/libraries/seed-library-stormen/kiosks",
				"bibliotek-stormen");
		page("/buddies/mine", "/buddies/mine", NEWCOMER);
		page("/buddies/programmes/{id}/coordinate", "/buddies/programmes/seed-kulturvenn-skien/coordinate",
				"koordinator-skien");
		page("/venues/new", "/venues/new", "frivillig-oslo");
		page("/venues/manage", "/venues/manage", "frivillig-oslo");
		page("/venues/{id}/photos", "/venues/seed-venue-oslo-frivilligsentral/photos", "frivillig-oslo");
		page("/equipment/points/{id}/desk", "/equipment/points/seed-point-oslo/desk", "frivillig-oslo");
		page("/statistics", "/statistics", "koordinator-oslo");
		page("/statistics/municipalities/{number}", "/statistics/municipalities/0301", "koordinator-oslo");
		page("/statistics/libraries/{libraryId}", "/statistics/libraries/seed-library-stormen", "bibliotek-stormen");
		// Merged after this test was written (issues 12, 13, 14).
		String osloActivity = "/organisations/" + osloOrg + "/activities/seed-activity-16";
		page("/activities/{id}/report", "/activities/seed-activity-16/report", null);
		page("/coordinator/listings", "/coordinator/listings", "koordinator-oslo");
		page("/organisations/{id}/details", "/organisations/" + osloOrg + "/details", "frivillig-oslo");
		page("/organisations/{id}/logo", "/organisations/" + osloOrg + "/logo", "frivillig-oslo");
		page("/organisations/{id}/activities/{activityId}/edit", osloActivity + "/edit", "frivillig-oslo");
		page("/organisations/{id}/activities/{activityId}/withdraw", osloActivity + "/withdraw", "frivillig-oslo");
		page("/organisations/{id}/activities/{activityId}/photo", osloActivity + "/photo", "frivillig-oslo");
		page("/organisations/{id}/activities/{activityId}/translations", osloActivity + "/translations?language=en",
				"frivillig-oslo");
		page("/seasons", "/seasons", "koordinator-oslo");
	}

	/**
	 * Page routes not opened here, each with the reason; a new page route must be added
	 * to {@link #PAGES} or here, or this test fails.
	 */
	static final Map<String, String> ELSEWHERE = Map.ofEntries(
			Map.entry("/dev/outbox", "a developer's tool, off in production"),
			Map.entry("/statistics/country",
					"platform admins only, and no admin is configured for the browser tests: StatisticsTest opens it over HTTP"),
			Map.entry("/bookings/{token}",
					"the secret link in a booking's message: BorrowALocalBrowserTest checks it in bokmål and Arabic"),
			Map.entry("/signups/{token}",
					"the secret link of a sign-up: the keyboard sign-up journey below ends there and checks it"),
			Map.entry("/organisations/{id}/activities/{activityId}/signups",
					"needs an activity with sign-ups: BrowserAccessibilityTest checks it in bokmål"),
			Map.entry("/buddies/programmes/{id}/rounds/{roundId}",
					"needs a matching round run by the coordinator: BuddiesBrowserTest checks it in bokmål and Arabic"),
			Map.entry("/buddies/check-in/{token}",
					"needs a published pairing's secret link: BuddiesBrowserTest checks it"),
			Map.entry("/admin", "platform admins only; AdminAndMediaBrowserTest (its own admin) checks it with axe"),
			Map.entry("/admin/roles/new", "platform admins only; AdminAndMediaBrowserTest checks it with axe"),
			Map.entry("/admin/libraries/new", "platform admins only; AdminAndMediaBrowserTest checks it with axe"),
			Map.entry("/coordinator/activities/{id}/unpublish",
					"changes a listing's state: OrganisationLifecycleBrowserTest checks it in bokmål and Arabic"),
			Map.entry("/organisations/{id}/activities/{activityId}/occurrences/{date}/cancel",
					"needs a coming date: OrganisationLifecycleBrowserTest checks it on a phone in bokmål"),
			Map.entry("/media/{imageId}/{variant}", "an image, not a page"),
			Map.entry("/seasons/{id}",
					"needs an open season: VenuesAndEquipmentBrowserTest.seasonAllocation checks it in bokmål and Arabic"),
			Map.entry("/seasons/{id}/allocation",
					"needs an allocation run: VenuesAndEquipmentBrowserTest.seasonAllocation checks it"),
			Map.entry("/staff/libraries/{libraryId}/sessions/{sessionId}/edit",
					"needs a planned session: BorrowALocalBrowserTest.editSession checks it in bokmål and Arabic"),
			Map.entry("/volunteer/photo", "needs a volunteer's offer: MediaUploadTest checks it over HTTP"));

	/** The pages a newcomer meets: checked in every language. */
	static final Set<String> MAIN = Set.of("/", "/activities/{id}", "/privacy", "/login", "/kiosk/{libraryId}",
			"/for-you", "/borrow", "/accessibility", "/buddies", "/venues", "/equipment", "/me");

	/** Checked in every language on every route. */
	static final Set<SupportedLanguage> EVERY_ROUTE = Set.of(SupportedLanguage.NB, SupportedLanguage.AR,
			SupportedLanguage.FA);

	private static void page(String pattern, String path, String subject) {
		PAGES.put(pattern, new Visit(path, subject));
	}

	@Autowired
	ActivityPublishing publishing;

	private Playwright playwright;

	private Browser browser;

	/** One context per demo user, signed in once, reused across languages. */
	private final Map<String, Page> pages = new HashMap<>();

	@BeforeAll
	void launch() {
		this.playwright = SystemChromium.playwright();
		this.browser = SystemChromium.launch(this.playwright);
	}

	@AfterAll
	void quit() {
		this.pages.values().forEach(page -> page.context().close());
		this.browser.close();
		this.playwright.close();
	}

	static List<SupportedLanguage> languages() {
		return List.of(SupportedLanguage.values());
	}

	@Test
	@DisplayName("every page route in RoutePolicy is checked here, or says where it is checked")
	void everyPageRouteIsCovered() {
		Set<String> pageRoutes = new TreeSet<>();
		for (RoutePolicy route : RoutePolicy.ROUTES) {
			String pattern = route.pattern();
			if (route.method() == HttpMethod.GET && !pattern.startsWith("/api/") && !pattern.startsWith("/v3/")
					&& !pattern.startsWith("/swagger") && !pattern.endsWith(".csv") && !pattern.endsWith(".ics")
					&& !pattern.endsWith(".json")) {
				pageRoutes.add(pattern);
			}
		}
		Set<String> uncovered = new TreeSet<>(pageRoutes);
		uncovered.removeAll(PAGES.keySet());
		uncovered.removeAll(ELSEWHERE.keySet());
		assertThat(uncovered).as("page routes neither visited here nor explained in ELSEWHERE").isEmpty();
		assertThat(pageRoutes).containsAll(PAGES.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	@DisplayName("no WCAG 2 A/AA violation on any page (all routes in nb, ar and fa; the main pages in every language)")
	void noViolations(SupportedLanguage language) {
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, Visit> route : PAGES.entrySet()) {
			if (!EVERY_ROUTE.contains(language) && !MAIN.contains(route.getKey())) {
				continue;
			}
			Visit visit = route.getValue();
			Page page = pageOf(visit.subject());
			String url = baseUrl() + visit.path() + (visit.path().contains("?") ? "&" : "?") + "lang="
					+ language.code();
			com.microsoft.playwright.Response response = page.navigate(url);
			String where = visit.path() + " in " + language.code() + " as "
					+ (visit.subject() == null ? "nobody" : visit.subject());
			if (response == null || response.status() >= 400) {
				problems.add(where + ": HTTP " + (response == null ? "none" : response.status()));
				continue;
			}
			assertThat(page.locator("html")).hasAttribute("lang", language.code());
			assertThat(page.locator("html")).hasAttribute("dir", language.dir());
			String text = page.locator("body").innerText();
			if (text.contains("??")) {
				problems.add(where + ": a message key without text (??key??)");
			}
			problems.addAll(violations(page, where));
		}
		assertThat(problems).as("accessibility problems in %s", language.code()).isEmpty();
	}

	@Test
	@DisplayName("the language switcher names each language in its own script, with its lang and dir")
	void switcherNamesEachLanguageInItsOwnScript() {
		Page page = pageOf(null);
		page.navigate(baseUrl() + "/?lang=nb");
		for (SupportedLanguage language : SupportedLanguage.values()) {
			var link = page.locator("nav.languages a[hreflang='" + language.code() + "']");
			assertThat(link).hasText(language.ownName());
			assertThat(link).hasAttribute("lang", language.code());
			assertThat(link).hasAttribute("dir", language.dir());
		}
		page.locator("nav.languages a[hreflang='fa']").click();
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("html")).hasAttribute("lang", "fa");
	}

	@Test
	@DisplayName("a coordinator sees Oslo's charts and tables in Persian, right to left, with small numbers shown as suppressed in Persian")
	void coordinatorChartsInPersian() throws java.io.IOException {
		java.util.Properties persian = new java.util.Properties();
		try (var in = getClass().getClassLoader().getResourceAsStream("i18n/messages_fa.properties")) {
			assertThat(in).as("the Persian bundle").isNotNull();
			persian.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		Page page = pageOf("koordinator-oslo");
		page.navigate(baseUrl() + "/statistics/municipalities/0301?lang=fa");
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("svg.bar-chart").first()).isVisible();
		assertThat(page.locator("svg.bar-chart").count()).isEqualTo(page.locator("table.chart-table").count());
		assertThat(page.locator("tr.suppressed td").first()).hasText(persian.getProperty("statistics.suppressed"));
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "statistics-oslo-fa.png"))
			.setFullPage(true));
	}

	@Test
	@DisplayName("keyboard only, bokmål: search with Tab and Enter, the focus visible at each stop")
	void searchByKeyboard() {
		Page page = freshPage(1280, 900);
		page.navigate(baseUrl() + "/?lang=nb");
		tabTo(page, "#q");
		page.keyboard().type("norsk");
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.contains("q=norsk"));
		assertThat(page.locator("#results")).isVisible();
		page.context().close();
	}

	@Test
	@DisplayName("keyboard only, bokmål: sign up for an activity with Tab and Enter, and reach the confirmation")
	void signUpByKeyboard() {
		String activity = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, 20);
		Page page = freshPage(1280, 900);
		page.navigate(baseUrl() + "/activities/" + activity + "?lang=nb");
		tabTo(page, "#signup-date");
		tabTo(page, "#signup-firstName");
		page.keyboard().type("Tastatur");
		tabTo(page, "#signup-contact");
		page.keyboard().type("tastatur@example.no");
		tabTo(page, "form[action$='/signups'] button[type=submit]");
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.contains("/signups/"));
		assertThat(page.locator("h1")).isVisible();
		assertThat(violations(page, "sign-up confirmation (nb)")).isEmpty();
		page.context().close();
	}

	@Test
	@DisplayName("keyboard only, bokmål and Persian: book a person at the kiosk with Tab and Enter, and reach the confirmation")
	void kioskBookingByKeyboard() {
		for (String lang : List.of("nb", "fa")) {
			Page page = freshPage(1024, 768);
			page.navigate(baseUrl() + "/kiosk/seed-library-stormen?lang=" + lang);
			tabTo(page, "input[name=firstName]");
			page.keyboard().type("Kiosk");
			tabTo(page, "input[name=contact]");
			page.keyboard().type("kiosk-" + lang + "@example.no");
			tabTo(page, "li.card button[type=submit]");
			page.keyboard().press("Enter");
			page.waitForURL(url -> url.contains("/bookings"));
			assertThat(page.locator("h1")).isVisible();
			assertThat(violations(page, "kiosk booking confirmation (" + lang + ")")).isEmpty();
			page.context().close();
		}
	}

	@Test
	@DisplayName("keyboard only, bokmål: register an organisation with Tab, typing and Enter, and reach its page")
	void registerOrganisationByKeyboard() {
		Page page = freshPage(1280, 900);
		String subject = "a11y-registrant-" + java.util.UUID.randomUUID();
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("hverdag-web"),
				Map.of("name", "Tastatur Registrant"), 3600));
		page.navigate(baseUrl() + "/oauth2/authorization/idporten");
		assertThat(page.locator("body")).containsText("Tastatur Registrant");
		page.navigate(baseUrl() + "/organisations/new?lang=nb");
		tabTo(page, "#name");
		page.keyboard().type("Tastaturlaget " + subject.substring(subject.length() - 6));
		tabTo(page, "#organisationNumber");
		page.keyboard().type(no.hverdag.support.OrganisationNumbers.fresh());
		tabTo(page, "#municipality");
		// A focused list box selects by typing, as with a screen reader or keyboard.
		page.keyboard().type("Oslo");
		tabTo(page, "#contactName");
		page.keyboard().type("Tastatur Registrant");
		tabTo(page, "#contactEmail");
		page.keyboard().type("tastatur@example.no");
		tabTo(page, "#description");
		page.keyboard().type("Vi er med bare med tastatur.");
		tabTo(page, "form[action='/organisations'] button[type=submit]");
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.matches(".*/organisations/[^/?]+.*") && !url.contains("/organisations/new"));
		assertThat(page.locator("h1")).containsText("Tastaturlaget");
		assertThat(violations(page, "a new organisation's page (nb)")).isEmpty();
		page.context().close();
	}

	@Test
	@DisplayName("320 CSS pixels wide (WCAG 1.4.10 reflow): no horizontal scrolling on the main pages, in bokmål, Arabic and Persian")
	void reflowAt320Pixels() {
		Page page = freshPage(320, 640);
		List<String> wide = new ArrayList<>();
		for (String lang : List.of("nb", "ar", "fa")) {
			for (String pattern : MAIN) {
				String path = PAGES.get(pattern).path();
				if (PAGES.get(pattern).subject() != null) {
					continue;
				}
				page.navigate(baseUrl() + path + "?lang=" + lang);
				Object widths = page
					.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
				List<?> pair = (List<?>) widths;
				int scroll = ((Number) pair.get(0)).intValue();
				int client = ((Number) pair.get(1)).intValue();
				if (scroll > client) {
					wide.add(path + " in " + lang + ": " + scroll + " px wide in " + client + " px: " + page
						.evaluate("() => [...document.querySelectorAll('body *')]"
								+ ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
								+ ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')"));
				}
			}
		}
		page.context().close();
		assertThat(wide).as("pages that scroll sideways at 320 px").isEmpty();
	}

	/**
	 * Presses Tab until the focus is on an element matching {@code selector} (at most 80
	 * times), then checks that the focus is visible there.
	 */
	private static void tabTo(Page page, String selector) {
		for (int i = 0; i < 80; i++) {
			Object here = page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector);
			if (Boolean.TRUE.equals(here)) {
				Object outline = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
						+ " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; }");
				assertThat(outline).as("a visible focus outline on %s", selector).isEqualTo(Boolean.TRUE);
				return;
			}
			page.keyboard().press("Tab");
		}
		throw new AssertionError("Tab never reached " + selector + " on " + page.url());
	}

	private Page freshPage(int width, int height) {
		BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("nb-NO"));
		Page page = context.newPage();
		page.setDefaultTimeout(30_000);
		return page;
	}

	private Page pageOf(String subject) {
		return this.pages.computeIfAbsent(subject == null ? "" : subject, key -> {
			Page page = freshPage(1280, 900);
			if (subject != null) {
				OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("hverdag-web"),
						Map.of("name", "Testperson " + subject), 3600));
				page.navigate(baseUrl() + "/oauth2/authorization/idporten");
				assertThat(page.locator("body")).containsText("Testperson " + subject);
			}
			return page;
		});
	}

	private static List<String> violations(Page page, String where) {
		AxeResults results = new AxeBuilder(page).withTags(SystemChromium.WCAG_A_AA).analyze();
		List<Rule> violations = results.getViolations();
		return violations.stream()
			.map(v -> where + ": " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.toList();
	}

}
