package no.hverdag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries the headers that keep pages from being framed, sniffed or scripted
 * from elsewhere.
 */
@HverdagIntegrationTest
class SecurityHeadersTest {

	private static final Pattern INLINE_SCRIPT = Pattern.compile(
			"<script(?![^>]*\\s(th:)?src=)(?![^>]*type=\"application/ld\\+json\")[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE);

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("pages and the API answer with CSP without inline scripts, HSTS on https, no framing, no sniffing, a referrer policy")
	void headers() {
		for (String path : List.of("/", "/kiosk", "/api/v1/municipalities", "/api/v1/activities/nope", "/login")) {
			this.client.mutate()
				.baseUrl("https://localhost")
				.build()
				.get()
				.uri(path)
				.exchange()
				.expectHeader()
				.value("Content-Security-Policy",
						csp -> assertThat(csp).contains("script-src 'self'")
							.contains("frame-ancestors 'none'")
							.contains("object-src 'none'")
							.doesNotContain("unsafe-inline")
							.doesNotContain("unsafe-eval"))
				.expectHeader()
				.value("Strict-Transport-Security", hsts -> assertThat(hsts).contains("max-age=31536000"))
				.expectHeader()
				.valueEquals("X-Frame-Options", "DENY")
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader()
				.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin");
		}
	}

	@Test
	@DisplayName("no template carries an inline script, an event handler attribute or an inline style the CSP would block")
	void templatesHaveNoInlineCode() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		for (Resource template : templates) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline <script> in " + template.getFilename()).isFalse();
			assertThat(EVENT_HANDLER.matcher(html).find()).as("event handler in " + template.getFilename()).isFalse();
			assertThat(STYLE_ATTRIBUTE.matcher(html).find()).as("style attribute in " + template.getFilename())
				.isFalse();
		}
	}

}
