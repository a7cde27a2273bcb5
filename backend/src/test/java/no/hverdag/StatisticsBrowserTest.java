package no.hverdag;

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
