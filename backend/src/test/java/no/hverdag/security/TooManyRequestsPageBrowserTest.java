package no.hverdag.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SystemChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit's page (issue 12) in a real browser: the site's stylesheet, the user's
 * language and direction, axe-core clean. Rendered by the same engine and template the
 * filter uses; the browser gets it with status 429 through a routed request, since limits
 * are off in this test context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TooManyRequestsPageBrowserTest extends ServerTestSupport {

	@Autowired
	ITemplateEngine templates;

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

	@ParameterizedTest
	@CsvSource({ "nb, ltr, For mange forsøk", "en, ltr, Too many attempts", "ar, rtl, محاولات كثيرة جدًا" })
	@DisplayName("the 429 page is styled, in the user's language and direction, and axe-clean")
	void styledAndAccessible(String language, String direction, String heading) {
		String html = this.templates.process("error/too-many",
				new Context(Locale.forLanguageTag(language), Map.of("detail", "—", "seconds", 30L)));
		Page page = this.browser.newContext().newPage();
		try {
			String url = baseUrl() + "/login/code/request-refused";
			page.route(url,
					(Route route) -> route.fulfill(new Route.FulfillOptions().setStatus(429)
						.setContentType("text/html; charset=utf-8")
						.setBody(html)));
			assertThat(page.navigate(url).status()).isEqualTo(429);
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo(direction);
			assertThat(page.locator("h1").textContent()).isEqualTo(heading);
			assertThat(page.locator("header.site-header").evaluate("e => getComputedStyle(e).backgroundColor"))
				.as("the site's stylesheet applies")
				.isNotEqualTo("rgba(0, 0, 0, 0)");
			AxeResults results = new AxeBuilder(page).withTags(SystemChromium.WCAG_A_AA).analyze();
			List<Rule> violations = results.getViolations();
			assertThat(violations)
				.as(() -> violations.stream()
					.map(v -> v.getId() + ": " + v.getHelp())
					.collect(Collectors.joining("\n")))
				.isEmpty();
		}
		finally {
			page.context().close();
		}
	}

}
