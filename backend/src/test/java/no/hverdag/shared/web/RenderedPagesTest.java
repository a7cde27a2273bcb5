package no.hverdag.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import no.hverdag.shared.security.SessionConfig;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page given again to anonymous visitors (issue 18), through HTTP. The
 * integration tests keep a page ten minutes ({@code HverdagIntegrationTest}), so a change
 * the key misses would show here, and in every other test that reads the page after a
 * write, as a stale page, not be hidden by a short expiry.
 */
@HverdagIntegrationTest
class RenderedPagesTest {

	private static final List<String> BOOKKEEPING = List.of(RateLimitStore.COLLECTION, SessionConfig.COLLECTION);

	@Autowired
	WebTestClient client;

	@Autowired
	RenderedPages pages;

	@Autowired
	ReactiveMongoTemplate mongo;

	private EntityExchangeResult<String> get(WebTestClient client, String uri, String language) {
		return client.get()
			.uri(uri)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
	}

	/**
	 * Asks until the answer is a kept page (a write by a background job in between makes
	 * one more rendering; three in a row would not be chance).
	 */
	private EntityExchangeResult<String> kept(String uri, String language) {
		for (int attempt = 0; attempt < 3; attempt++) {
			long hits = this.pages.hits();
			EntityExchangeResult<String> result = get(this.client, uri, language);
			if (this.pages.hits() > hits) {
				return result;
			}
		}
		throw new AssertionError(uri + " was rendered three times in a row, never given again");
	}

	private static String search(String words) {
		return "/?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("The same search asked again is the same page, with the same headers, without rendering it again")
	void askedAgainIsGivenAgain() {
		String uri = search("språkkafé " + UUID.randomUUID().toString().substring(0, 6));
		EntityExchangeResult<String> first = get(this.client, uri, "nb");
		EntityExchangeResult<String> second = kept(uri, "nb");

		assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
		HttpHeaders before = withoutPerResponse(first.getResponseHeaders());
		HttpHeaders after = withoutPerResponse(second.getResponseHeaders());
		assertThat(after.headerNames()).containsExactlyInAnyOrderElementsOf(before.headerNames());
		before.headerNames().forEach(name -> assertThat(after.get(name)).as(name).isEqualTo(before.get(name)));
	}

	private static HttpHeaders withoutPerResponse(HttpHeaders headers) {
		HttpHeaders copy = new HttpHeaders();
		copy.putAll(headers);
		copy.remove(HttpHeaders.DATE);
		copy.remove(HttpHeaders.SET_COOKIE);
		return copy;
	}

	@Test
	@DisplayName("Each language has its own page: an Arabic reader never gets the Norwegian one kept before")
	void eachLanguageItsOwn() {
		String uri = search("kafé " + UUID.randomUUID().toString().substring(0, 6));
		String norwegian = get(this.client, uri, "nb").getResponseBody();
		String arabic = get(this.client, uri, "ar").getResponseBody();
		String chosen = get(this.client, uri + "&lang=uk", "nb").getResponseBody();

		assertThat(norwegian).contains("lang=\"nb\"");
		assertThat(arabic).contains("lang=\"ar\"").contains("dir=\"rtl\"");
		assertThat(chosen).contains("<html lang=\"uk\"");
		assertThat(kept(uri, "ar").getResponseBody()).isEqualTo(arabic);
	}

	@Test
	@DisplayName("Choosing a language still remembers it when the page comes from the cache")
	void languageChoiceIsRemembered() {
		String uri = search("tur " + UUID.randomUUID().toString().substring(0, 6)) + "&lang=fa";
		get(this.client, uri, "nb");
		EntityExchangeResult<String> kept = kept(uri, "nb");

		assertThat(kept.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).anyMatch(c -> c.startsWith("lang=fa"));
	}

	@Test
	@DisplayName("A listing published a moment after the page was kept is on the next page at once")
	void publishedListingShowsAtOnce() {
		String word = "cachetest" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String uri = search(word);
		assertThat(get(this.client, uri, "nb").getResponseBody()).doesNotContain("Kafé " + word);
		kept(uri, "nb");

		Map<String, Object> activity = new HashMap<>(Map.of("type", "LANGUAGE_CAFE", "title", "Kafé " + word,
				"description", "Vi snakker norsk.", "scheduleKind", "WEEKLY", "days", List.of("TUESDAY"), "start",
				"18:00", "end", "20:00", "placeName", "Stormen bibliotek", "municipality", "1804"));
		activity.put("languages", List.of("no"));
		postJson(signedIn(this.client, "frivillig-bodo"), activity,
				"/api/v1/organisations/seed-org-bodo-frivilligsentral/activities")
			.expectStatus()
			.isCreated();

		assertThat(get(this.client, uri, "nb").getResponseBody()).contains("Kafé " + word);
	}

	@Test
	@DisplayName("Any write to the store on this node makes the next page a fresh one; a rate-limit bucket or a session does not")
	void storeWritesRenewThePage() {
		String uri = search("ski " + UUID.randomUUID().toString().substring(0, 6));
		get(this.client, uri, "nb");
		kept(uri, "nb");

		for (String bookkeeping : BOOKKEEPING) {
			// Three tries: only a background job's write in between could make one a
			// miss.
			boolean keptAfter = false;
			for (int attempt = 0; attempt < 3 && !keptAfter; attempt++) {
				kept(uri, "nb");
				insert(bookkeeping);
				long before = this.pages.hits();
				get(this.client, uri, "nb");
				keptAfter = this.pages.hits() > before;
			}
			assertThat(keptAfter).as(bookkeeping + " is bookkeeping, not what the page shows").isTrue();
		}

		insert("page_cache_test");
		long hits = this.pages.hits();
		get(this.client, uri, "nb");
		assertThat(this.pages.hits()).as("after a write the page is made again").isEqualTo(hits);
		kept(uri, "nb");
		this.mongo.dropCollection("page_cache_test").block(Duration.ofSeconds(30));
		for (String bookkeeping : BOOKKEEPING) {
			this.mongo
				.remove(org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").regex("^cache-")),
						bookkeeping)
				.block(Duration.ofSeconds(30));
		}
	}

	private void insert(String collection) {
		this.mongo.getCollection(collection)
			.flatMap(c -> Mono.from(c.insertOne(new Document("_id", "cache-" + UUID.randomUUID()).append("expiresAt",
					Date.from(java.time.Instant.now().plus(Duration.ofMinutes(1)))))))
			.block(Duration.ofSeconds(30));
	}

	@Test
	@DisplayName("A signed-in visitor always gets their own page, and an anonymous one never gets theirs")
	void signedInNeverShares() {
		String uri = search("fotball " + UUID.randomUUID().toString().substring(0, 6));
		get(this.client, uri, "nb");
		kept(uri, "nb");
		long hits = this.pages.hits();

		String own = get(signedIn(this.client, "frivillig-bodo"), uri, "nb").getResponseBody();
		assertThat(own).contains("action=\"/logout\"");
		assertThat(this.pages.hits()).isEqualTo(hits);

		String anonymous = kept(uri, "nb").getResponseBody();
		assertThat(anonymous).doesNotContain("action=\"/logout\"").doesNotContain("_csrf");
	}

	@Test
	@DisplayName("Pages not declared cacheable are rendered every time")
	void otherPagesAreRendered() {
		get(this.client, "/accessibility", "nb");
		long hits = this.pages.hits();
		get(this.client, "/accessibility", "nb");
		assertThat(this.pages.hits()).isEqualTo(hits);
	}

}
