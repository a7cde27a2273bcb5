package no.hverdag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.humanlibrary.VolunteerOffer;
import no.hverdag.humanlibrary.VolunteerOffers;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.i18n.SupportedLanguage;
import no.hverdag.shared.security.RoutePolicy;
import no.hverdag.signups.NewSignUp;
import no.hverdag.signups.SignUps;
import no.hverdag.support.AxeInPage;
import no.hverdag.support.Reflow;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SignUpActivities;
import no.hverdag.support.SystemChromium;
import no.hverdag.support.TestClockConfig;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's proof, in one Chromium: every page route in {@link RoutePolicy}, in every
 * language of {@link SupportedLanguage}, opened as a user who may open it, checked by
 * axe-core against WCAG 2 A/AA; each (route, language) is a case of its own. A page that
 * needs something to exist first (a sign-up's link, a booking, a season, a planned
 * session, a volunteer's offer) gets it in {@link #makeExamples()}; the few routes that
 * are not pages or cannot be opened here are in {@link #ELSEWHERE} with the reason. One
 * signed-in browser context per user is reused across routes and languages, and axe-core
 * is installed once per context ({@link AxeInPage}). Then four journeys with Tab and
 * Enter only (search, sign-up, kiosk booking, organisation registration), with a visible
 * focus at each stop, and the main pages at 320 CSS pixels without horizontal scrolling
 * (WCAG 1.4.10, which is also 400 % zoom of a 1280 px window). Measured on two cores
 * shared with other builds (load 30 to 36): 549 route checks in 656 s, where 216 checks
 * with {@code AxeBuilder} took 623 s at the same load; on a quiet machine the old 216
 * took 198 s, so the 549 should take about 3.5 minutes. The time goes to axe (about 60 %)
 * and page loads (about 40 %); sign-ins take a few seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityEveryLanguageBrowserTest extends ServerTestSupport {

	static final String NEWCOMER = "a11y-newcomer";

	/** Made an offer to be borrowed in {@link #makeExamples()}. */
	static final String VOLUNTEER = "a11y-volunteer";

	/** A platform admin of the shared test context (see ServerTestSupport). */
	static final String ADMIN = ServerTestSupport.ADMIN;

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
		// The form asking "how is it going?" is the same for every link; a made-up one
		// shows it as the real one does.
		page("/buddies/check-in/{token}", "/buddies/check-in/a11y-example-link", null);
		// Shows the form with the reason; only its POST changes the listing.
		page("/coordinator/activities/{id}/unpublish", "/coordinator/activities/seed-activity-16/unpublish",
				"koordinator-oslo");
		page("/admin", "/admin", ADMIN);
		page("/admin/roles/new", "/admin/roles/new", ADMIN);
		page("/admin/libraries/new", "/admin/libraries/new", ADMIN);
		page("/statistics/country", "/statistics/country", ADMIN);
	}

	/**
	 * Page routes whose example is made before the checks ({@link #makeExamples()}): a
	 * secret link, or something a user creates first.
	 */
	static final Set<String> MADE = Set.of("/signups/{token}", "/bookings/{token}",
			"/organisations/{id}/activities/{activityId}/signups",
			"/organisations/{id}/activities/{activityId}/occurrences/{date}/cancel", "/seasons/{id}",
			"/seasons/{id}/allocation", "/staff/libraries/{libraryId}/sessions/{sessionId}/edit", "/volunteer/photo");

	/**
	 * Page routes not opened here, each with the reason; a new page route must be added
	 * to {@link #PAGES}, {@link #MADE} or here, or this test fails.
	 */
	static final Map<String, String> ELSEWHERE = Map.ofEntries(
			Map.entry("/dev/outbox", "a developer's tool, off in production (and in this test's context)"),
			Map.entry("/media/{imageId}/{variant}", "an image, not a page"),
			Map.entry("/buddies/programmes/{id}/rounds/{roundId}",
					"needs enrolments and a matching round run by the coordinator: BuddiesBrowserTest checks it in bokmål and Arabic"));

	/** The pages a newcomer meets: also checked at 320 px wide. */
	static final Set<String> MAIN = Set.of("/", "/activities/{id}", "/privacy", "/login", "/kiosk/{libraryId}",
			"/for-you", "/borrow", "/accessibility", "/buddies", "/venues", "/equipment", "/me");

	private static void page(String pattern, String path, String subject) {
		PAGES.put(pattern, new Visit(path, subject));
	}

	@Autowired
	ActivityPublishing publishing;

	@Autowired
	SignUps signUps;

	@Autowired
	VolunteerOffers offers;

	private Playwright playwright;

	private Browser browser;

	/** One context per demo user, signed in once, reused across routes and languages. */
	private final Map<String, Page> pages = new HashMap<>();

	/** The examples of {@link #MADE}, by route. */
	private final Map<String, Visit> made = new HashMap<>();

	/** Where the time of the route checks goes (printed at the end, never asserted). */
	private long signInNanos;

	private long loadNanos;

	private long axeNanos;

	private int checks;

	@BeforeAll
	void launch() {
		this.playwright = SystemChromium.playwright();
		this.browser = SystemChromium.launch(this.playwright);
		makeExamples();
	}

	@AfterAll
	void quit() {
		System.out.printf("%s: %d route checks; sign-in %d ms, page loads %d ms, axe %d ms%n",
				getClass().getSimpleName(), this.checks, this.signInNanos / 1_000_000, this.loadNanos / 1_000_000,
				this.axeNanos / 1_000_000);
		this.pages.values().forEach(page -> page.context().close());
		this.browser.close();
		this.playwright.close();
	}

	/**
	 * The examples of {@link #MADE}, made as their users would make them: a sign-up (its
	 * secret link, and the organisation's list of sign-ups and a date to cancel), a
	 * person to borrow booked (its link), a season opened by Oslo's coordinator (applied
	 * for by a member, allocated by the coordinator), a session planned by library staff,
	 * and an offer to be borrowed (its photo page).
	 */
	private void makeExamples() {
		String osloOrg = SignUpActivities.OSLO_ORG;
		String activity = SignUpActivities.weekly(this.publishing, osloOrg, 20);
		String date = SignUpActivities.NEXT_TUESDAY.toString();
		String token = this.signUps.signUp(new NewSignUp(activity, date, "Aksel", "aksel-a11y@example.no", "nb", null))
			.block()
			.token();
		made("/signups/{token}", "/signups/" + token, null);
		String activityPath = "/organisations/" + osloOrg + "/activities/" + activity;
		made("/organisations/{id}/activities/{activityId}/signups", activityPath + "/signups", "frivillig-oslo");
		made("/organisations/{id}/activities/{activityId}/occurrences/{date}/cancel",
				activityPath + "/occurrences/" + date + "/cancel", "frivillig-oslo");

		Page visitor = pageOf(null);
		visitor.navigate(baseUrl() + "/borrow?lang=nb");
		Locator booking = visitor.locator("form[action*='/borrow/slots/']").last();
		booking.locator("input[name=firstName]").fill("Aksel");
		booking.locator("input[name=contact]").fill("aksel-borrow-a11y@example.no");
		booking.locator("button[type=submit]").click();
		visitor.waitForURL(url -> url.contains("/bookings/"));
		made("/bookings/{token}", pathOf(visitor), null);

		Page coordinator = pageOf("koordinator-oslo");
		coordinator.navigate(baseUrl() + "/seasons?lang=nb");
		if (coordinator.locator("#municipality").count() > 0) {
			coordinator.locator("#municipality").selectOption("0301");
		}
		coordinator.locator("#name").fill("Tilgjengelighetssesong " + UUID.randomUUID().toString().substring(0, 6));
		coordinator.locator("#firstDay").fill("2027-08-16");
		coordinator.locator("#weeks").fill("2");
		coordinator.locator("#weeks").press("Enter");
		coordinator.waitForURL(url -> url.contains("/allocation"));
		String allocation = pathOf(coordinator);
		made("/seasons/{id}/allocation", allocation, "koordinator-oslo");
		made("/seasons/{id}", allocation.replaceAll("/allocation$", ""), "frivillig-oslo");

		Page staff = pageOf("bibliotek-stormen");
		staff.navigate(baseUrl() + "/staff/libraries/seed-library-stormen?lang=nb");
		String room = "Tilgjengelighetsrom " + UUID.randomUUID().toString().substring(0, 6);
		staff.locator("#kind-once").check();
		staff.locator("#date").fill(TestClockConfig.NOW.toLocalDate().plusDays(4).toString());
		staff.locator("#start").fill("06:15");
		staff.locator("#end").fill("07:15");
		staff.locator("#room").fill(room);
		staff.locator("form.session-form button[type=submit]").click();
		staff.locator("li:has-text('" + room + "') a[href*='/sessions/']").first().click();
		staff.waitForURL(url -> url.contains("/edit"));
		made("/staff/libraries/{libraryId}/sessions/{sessionId}/edit", pathOf(staff), "bibliotek-stormen");

		this.offers.submit(new Actor(OIDC.issuerUrl(ISSUER_ID).toString(), VOLUNTEER, "Testperson " + VOLUNTEER),
				new VolunteerOffer.Form("Vera", List.of("knitting"), null, List.of("no"), "Jeg strikker gjerne.",
						List.of("seed-library-stormen"), null),
				"nb")
			.blockLast();
		made("/volunteer/photo", "/volunteer/photo", VOLUNTEER);
	}

	private void made(String pattern, String path, String subject) {
		this.made.put(pattern, new Visit(path, subject));
	}

	private static String pathOf(Page page) {
		return java.net.URI.create(page.url()).getPath();
	}

	static Stream<Arguments> everyPageInEveryLanguage() {
		List<String> routes = new ArrayList<>(PAGES.keySet());
		routes.addAll(new TreeSet<>(MADE));
		return Stream.of(SupportedLanguage.values())
			.flatMap(language -> routes.stream().map(route -> Arguments.of(language.code(), route, language)));
	}

	@Test
	@DisplayName("every page route in RoutePolicy is checked here, or says why not")
	void everyPageRouteIsCovered() {
		Set<String> pageRoutes = new TreeSet<>();
		for (RoutePolicy route : RoutePolicy.ROUTES) {
			String pattern = route.pattern();
			if ((route.method() == null || route.method() == HttpMethod.GET) && !pattern.startsWith("/api/")
					&& !pattern.startsWith("/v3/") && !pattern.startsWith("/swagger") && !pattern.endsWith(".csv")
					&& !pattern.endsWith(".ics") && !pattern.endsWith(".json")) {
				pageRoutes.add(pattern);
			}
		}
		Set<String> uncovered = new TreeSet<>(pageRoutes);
		uncovered.removeAll(PAGES.keySet());
		uncovered.removeAll(MADE);
		uncovered.removeAll(ELSEWHERE.keySet());
		assertThat(uncovered).as("page routes neither checked here nor explained in ELSEWHERE").isEmpty();
		assertThat(pageRoutes).as("routes here that RoutePolicy no longer has").containsAll(PAGES.keySet());
		assertThat(pageRoutes).as("routes here that RoutePolicy no longer has").containsAll(MADE);
		assertThat(pageRoutes).as("routes in ELSEWHERE that RoutePolicy no longer has").containsAll(ELSEWHERE.keySet());
		assertThat(MADE).as("routes both in PAGES and MADE").doesNotContainAnyElementsOf(PAGES.keySet());
		assertThat(ELSEWHERE.keySet()).as("routes both checked here and in ELSEWHERE")
			.doesNotContainAnyElementsOf(PAGES.keySet())
			.doesNotContainAnyElementsOf(MADE);
		assertThat(ELSEWHERE.values()).as("every exclusion gives its reason").allMatch(reason -> reason.length() > 10);
		assertThat(ELSEWHERE).as("routes left out of the every-language check").hasSizeLessThanOrEqualTo(3);
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("everyPageInEveryLanguage")
	@DisplayName("no WCAG 2 A/AA violation, the right lang and dir, no text missing: every page route in every language")
	void noViolations(String code, String route, SupportedLanguage language) {
		Visit visit = PAGES.containsKey(route) ? PAGES.get(route) : this.made.get(route);
		assertThat(visit).as("an example of " + route).isNotNull();
		long start = System.nanoTime();
		Page page = pageOf(visit.subject());
		long loaded = System.nanoTime();
		this.signInNanos += loaded - start;
		String url = baseUrl() + visit.path() + (visit.path().contains("?") ? "&" : "?") + "lang=" + code;
		Response response = page.navigate(url);
		long checked = System.nanoTime();
		this.loadNanos += checked - loaded;
		String where = visit.path() + " in " + code + " as " + (visit.subject() == null ? "nobody" : visit.subject());
		assertThat(response).as(where).isNotNull();
		assertThat(response.status()).as("HTTP status of " + where).isLessThan(400);
		List<String> problems = AxeInPage.problems(page, where, code, language.dir());
		this.axeNanos += System.nanoTime() - checked;
		this.checks++;
		assertThat(problems).as("accessibility problems").isEmpty();
	}

	@Test
	@DisplayName("the checker itself finds a picture without a text alternative and a wrong lang, in Persian")
	void checkerFindsProblems() {
		Page page = pageOf(null);
		page.navigate(baseUrl() + "/accessibility?lang=fa");
		assertThat(AxeInPage.problems(page, "statement", "fa", "rtl")).isEmpty();
		page.evaluate("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\\'/x.png\\'>')");
		assertThat(AxeInPage.problems(page, "statement", "ar", "rtl")).anyMatch(p -> p.contains("image-alt"))
			.anyMatch(p -> p.contains("lang=\"fa\""));
		page.navigate(baseUrl() + "/?lang=nb");
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
				wide.addAll(Reflow.sideways(page, path + " in " + lang));
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
		AxeInPage.install(context);
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

	/** axe-core's WCAG 2 A/AA violations on a page in bokmål or Persian. */
	private static List<String> violations(Page page, String where) {
		String lang = where.contains("(fa)") ? "fa" : "nb";
		return AxeInPage.problems(page, where, lang, "fa".equals(lang) ? "rtl" : "ltr");
	}

}
