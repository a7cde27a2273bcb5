package no.hverdag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import no.hverdag.support.Reflow;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SystemChromium;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser (system Chromium): Oslo's coordinator finds the statistics from the
 * menu, sees charts each with its table, small numbers shown as "under 5", and the page
 * and the accessibility statement have no WCAG 2 A/AA violation axe-core can find.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsBrowserTest extends ServerTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
	@DisplayName("a coordinator in bokmål: from the menu to Oslo's charts and tables, \"under 5\" on small numbers, no violations; the same in Arabic")
	void coordinatorSeesCharts() {
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "koordinator-oslo", "JWT",
				List.of("hverdag-web"), Map.of("name", "Kari Koordinator"), 3600));
		this.page.navigate(baseUrl() + "/oauth2/authorization/idporten");
		assertThat(this.page.locator("body")).containsText("Innlogget som Kari Koordinator");

		this.page.navigate(baseUrl() + "/?lang=nb");
		// On a phone the site menu is folded (issue 12): open it as a person would.
		Locator menu = this.page.locator("details.menu > summary");
		if (menu.isVisible()) {
			menu.click();
		}
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistikk").setExact(true)).click();
		assertThat(this.page.locator("h1")).hasText("Statistikk");
		assertNoViolations("statistics choice (nb)");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oslo").setExact(true)).click();

		assertThat(this.page.locator("h1")).hasText("Statistikk for Oslo");
		assertThat(this.page.locator("svg.bar-chart").first()).isVisible();
		assertThat(this.page.locator("table caption").first()).hasText("Tabell: Organisasjoner");
		assertThat(this.page.locator("tr.suppressed td").first()).hasText("under 5");
		assertThat(this.page.locator("svg.bar-chart").count()).as("one chart per table")
			.isEqualTo(this.page.locator("table.chart-table").count());
		assertNoViolations("statistics for Oslo (nb)");

		this.page.navigate(baseUrl() + "/statistics/municipalities/0301?lang=ar");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(this.page.locator("tr.suppressed td").first()).hasText("أقل من 5");
		assertNoViolations("statistics for Oslo (ar)");
	}

	@Test
	@DisplayName("Oslo's coordinator sees the charts JFreeChart drew, in bokmål and in Persian (right to left): named images, labels in the language, \"under 5\" written where a small number's bar would be, no violations")
	void chartsInBokmalAndPersian() {
		signIn("koordinator-oslo", "Kari Koordinator");

		this.page.navigate(baseUrl() + "/statistics/municipalities/0301?lang=nb");
		Locator organisations = this.page.locator("svg.bar-chart[aria-labelledby='chart-organisations-title']");
		assertThat(organisations).isVisible();
		assertThat(organisations).hasAttribute("role", "img");
		assertThat(organisations.locator("title")).hasText("Organisasjoner");
		// Drawn as JFreeChart meant it under the site's Content Security Policy: a white
		// ground, not the black of shapes whose style was refused.
		assertThat(organisations.locator("rect").first().evaluate("e => getComputedStyle(e).fill"))
			.isEqualTo("rgb(255, 255, 255)");
		assertThat(organisations.locator("text", new Locator.LocatorOptions().setHasText("Godkjent"))).hasCount(1);
		assertThat(this.page.locator("svg.bar-chart text", new Page.LocatorOptions().setHasText("under 5")).first())
			.isVisible();
		assertThat(this.page.locator("svg.bar-chart").count()).as("one chart per table")
			.isEqualTo(this.page.locator("table.chart-table").count());
		assertThat(centreOf(organisations.locator("text", new Locator.LocatorOptions().setHasText("Godkjent"))))
			.isLessThan(centreOf(organisations));
		screenshot("statistics-charts-oslo-nb");
		assertNoViolations("charts for Oslo (nb)");

		this.page.navigate(baseUrl() + "/statistics/municipalities/0301?lang=fa");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(this.page.locator("h1")).hasText("آمار Oslo");
		assertThat(organisations.locator("title")).hasText("سازمان‌ها");
		assertThat(organisations.locator("text", new Locator.LocatorOptions().setHasText("تأیید شده"))).hasCount(1);
		assertThat(this.page.locator("svg.bar-chart text", new Page.LocatorOptions().setHasText("کمتر از 5")).first())
			.isVisible();
		assertThat(this.page.locator("tr.suppressed td").first()).hasText("کمتر از 5");
		// Right to left: the labels stand on the right, where the bars start.
		assertThat(centreOf(organisations.locator("text", new Locator.LocatorOptions().setHasText("تأیید شده"))))
			.isGreaterThan(centreOf(organisations));
		screenshot("statistics-charts-oslo-fa");
		assertNoViolations("charts for Oslo (fa)");
	}

	@Test
	@DisplayName("320 CSS pixels wide (WCAG 1.4.10): the staff pages of coordinators, library staff and organisations reflow without sideways scrolling, in bokmål and Persian")
	void staffPagesReflowAt320Pixels() {
		Map<String, List<String>> pagesBySubject = new LinkedHashMap<>();
		pagesBySubject.put("koordinator-oslo",
				List.of("/coordinator", "/coordinator/audit", "/statistics", "/statistics/municipalities/0301"));
		pagesBySubject.put("bibliotek-stormen", List.of("/staff", "/staff/libraries/seed-library-stormen",
				"/staff/libraries/seed-library-stormen/kiosks", "/statistics/libraries/seed-library-stormen"));
		pagesBySubject.put("koordinator-skien", List.of("/buddies/programmes/seed-kulturvenn-skien/coordinate"));
		pagesBySubject.put("frivillig-oslo", List.of("/organisations/" + RouteAuthorizationMatrixTest.OSLO_ORG,
				"/venues/manage", "/equipment/points/seed-point-oslo/desk"));
		List<String> wide = new ArrayList<>();
		pagesBySubject.forEach((subject, paths) -> {
			this.page.context().close();
			this.page = this.browser
				.newContext(new Browser.NewContextOptions().setViewportSize(320, 640).setLocale("nb-NO"))
				.newPage();
			signIn(subject, "Testperson " + subject);
			if (subject.equals("bibliotek-stormen")) {
				// A registered kiosk with a long name, so its table is on the page.
				this.page.navigate(baseUrl() + "/staff/libraries/seed-library-stormen/kiosks?lang=nb");
				this.page.locator("#kiosk-name").fill("Inngangen ved hovedtrappa i andre etasje, ved utlånsautomatene");
				this.page.locator("#kiosk-name").press("Enter");
				this.page.navigate(baseUrl() + "/staff/libraries/seed-library-stormen/kiosks?lang=nb");
				assertThat(this.page.locator("table.stack")).containsText("Inngangen ved hovedtrappa");
			}
			for (String lang : List.of("nb", "fa")) {
				for (String path : paths) {
					this.page.navigate(baseUrl() + path + "?lang=" + lang);
					wide.addAll(sideways(path + " (" + lang + ")"));
					if (path.endsWith("/kiosks")) {
						screenshot("kiosk-devices-320-" + lang);
					}
				}
			}
		});
		assertThat(wide).as("staff pages that scroll sideways at 320 px").isEmpty();
	}

	private void signIn(String subject, String name) {
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("hverdag-web"),
				Map.of("name", name), 3600));
		this.page.navigate(baseUrl() + "/oauth2/authorization/idporten");
		assertThat(this.page.locator("body")).containsText(name);
	}

	/**
	 * What sticks out to the right at this width, with a screenshot when something does.
	 */
	private List<String> sideways(String where) {
		List<String> wide = Reflow.sideways(this.page, where);
		if (!wide.isEmpty()) {
			screenshot("reflow-" + where);
		}
		return wide;
	}

	private static double centreOf(Locator element) {
		return element.boundingBox().x + element.boundingBox().width / 2;
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "") + ".png")));
	}

	@Test
	@DisplayName("the accessibility statement, from the footer, in bokmål and Arabic: no violations")
	void accessibilityStatement() {
		this.page.navigate(baseUrl() + "/?lang=nb");
		this.page.locator("footer").getByText("Tilgjengelighetserklæring").click();
		assertThat(this.page.locator("h1")).hasText("Tilgjengelighetserklæring");
		assertNoViolations("accessibility statement (nb)");
		this.page.navigate(baseUrl() + "/accessibility?lang=ar");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertNoViolations("accessibility statement (ar)");
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
