package no.hverdag.activities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An activity's page as a newcomer and a search engine see it: Markdown rendered with
 * nothing executable left, the reader's language version with the fallback, and
 * schema.org Event data.
 */
@HverdagIntegrationTest
class ActivityPageTest {

	@Autowired
	WebTestClient client;

	private String post(Map<String, Object> changes) {
		Map<String, Object> activity = new HashMap<>(Map.of("type", "LANGUAGE_CAFE", "title", "Sidekafé", "description",
				"Vi snakker norsk.", "scheduleKind", "WEEKLY", "days", List.of("TUESDAY"), "start", "18:00", "end",
				"20:00", "placeName", "Stormen bibliotek", "municipality", "1804"));
		activity.put("languages", List.of("no", "ar"));
		activity.put("free", true);
		activity.putAll(changes);
		return postJson(signedIn(this.client, "frivillig-bodo"), activity,
				"/api/v1/organisations/seed-org-bodo-frivilligsentral/activities")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private String page(String id, String language) {
		return this.client.get()
			.uri("/activities/" + id)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	@DisplayName("Markdown becomes formatting and links, and no script, handler or javascript: link reaches the page")
	void markdownIsSanitized() {
		String id = post(Map.of("format", "MARKDOWN", "description",
				"**Velkommen** til [biblioteket](https://bibliotek.example.no)!\n\n"
						+ "- kaffe\n- te\n\n<script>alert('x')</script>\n\n"
						+ "<img src=x onerror=alert(1)> [klikk](javascript:alert(2)) <a href=\"#\" onclick=\"alert(3)\">a</a>"));

		String html = page(id, "nb");
		String description = html.substring(html.indexOf("class=\"description\""),
				html.indexOf("</div>", html.indexOf("class=\"description\"")));
		assertThat(description).contains("<strong>Velkommen</strong>")
			.contains("<a href=\"https://bibliotek.example.no\" rel=\"nofollow\">biblioteket</a>")
			.contains("<li>kaffe</li>")
			.doesNotContainIgnoringCase("<script")
			.doesNotContain("alert('x')")
			.doesNotContainIgnoringCase("javascript:")
			.doesNotContainIgnoringCase("<img");
		assertThat(Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE).matcher(description).find())
			.as("an event handler attribute in " + description)
			.isFalse();
	}

	@Test
	@DisplayName("plain text stays text: angle brackets are shown, not interpreted")
	void plainTextIsEscaped() {
		String id = post(Map.of("description", "Ta med <b>godt humør</b> & kaffe.\n\nVi sees!"));

		assertThat(page(id, "nb")).contains("<p>Ta med &lt;b&gt;godt humør&lt;/b&gt; &amp; kaffe.</p><p>Vi sees!</p>");
	}

	@Test
	@DisplayName("a reader gets their language's version, marked with its language; others get the fallback")
	void languageVersions() {
		String word = "Versjon" + UUID.randomUUID().toString().substring(0, 6);
		String id = post(Map.of("title", word + " på norsk", "translations",
				Map.of("ar", Map.of("title", word + " بالعربية", "description", "مرحبا"), "en",
						Map.of("title", word + " in English", "description", "Welcome"))));

		assertThat(page(id, "ar")).contains("<h1 lang=\"ar\" dir=\"rtl\">" + word + " بالعربية</h1>");
		assertThat(page(id, "en")).contains("<h1 lang=\"en\" dir=\"ltr\">" + word + " in English</h1>");
		// Somali has no version: bokmål first, and the page says what language it is in.
		String somali = this.client.get()
			.uri("/activities/" + id + "?lang=ar")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "so")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(somali).contains(word + " بالعربية");
		this.client.get()
			.uri("/api/v1/activities/" + id)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "uk")
			.exchange()
			.expectBody()
			.jsonPath("$.language")
			.isEqualTo("nb")
			.jsonPath("$.title")
			.isEqualTo(word + " på norsk")
			.jsonPath("$.texts.en.title")
			.isEqualTo(word + " in English");
	}

	@Test
	@DisplayName("carries a schema.org Event with the next occurrence, place, organiser and price")
	void jsonLd() {
		String id = post(Map.of("title", "Strukturert kafé </script><script>alert(1)</script>"));

		String html = page(id, "nb");
		Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		assertThat(block.find()).isTrue();
		JsonNode event = JsonMapper.builder().build().readTree(block.group(1));
		assertThat(event.get("@type").asString()).isEqualTo("Event");
		assertThat(event.get("name").asString()).isEqualTo("Strukturert kafé </script><script>alert(1)</script>");
		assertThat(event.get("startDate").asString()).isEqualTo("2026-12-01T18:00");
		assertThat(event.get("location").get("name").asString()).isEqualTo("Stormen bibliotek");
		assertThat(event.get("organizer").get("name").asString()).isEqualTo("Bodø Frivilligsentral");
		assertThat(event.get("isAccessibleForFree").asBoolean()).isTrue();
		assertThat(List.of(event.get("inLanguage").get(0).asString())).containsExactly("no");
		assertThat(block.group(1)).doesNotContain("</script>");
	}

}
