package no.hverdag;

import java.util.List;
import java.util.Map;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomers browse the people they can borrow by place, topic and language (issue 6's
 * API).
 */
@HverdagIntegrationTest
class PeopleToBorrowApiTest {

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("filters by municipality, library, topic word and language, and shows no contact details")
	void filters() {
		// Other tests add libraries in Bodø to the shared store: compare with Bodø's
		// libraries, whichever there are.
		List<Object> bodoLibraries = this.client.get()
			.uri("/api/v1/libraries")
			.exchange()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody()
			.stream()
			.filter(library -> "1804".equals(library.get("municipality")))
			.map(library -> library.get("id"))
			.toList();
		List<Map<String, Object>> bodo = people("?municipality=1804");
		assertThat(bodo).isNotEmpty()
			.allSatisfy(person -> assertThat(bodoLibraries).contains(person.get("libraryId")))
			.anySatisfy(person -> assertThat(person.get("libraryId")).isEqualTo("seed-library-stormen"));
		assertThat(bodo.toString()).doesNotContain("@").doesNotContain("contact");

		assertThat(people("?library=seed-library-oslo")).isNotEmpty()
			.allSatisfy(person -> assertThat(person.get("libraryId")).isEqualTo("seed-library-oslo"));
		assertThat(people("?topic=SYKKEL")).hasSize(2)
			.extracting(person -> person.get("topics"))
			.allSatisfy(topics -> assertThat(topics.toString().toLowerCase()).contains("sykkel"));
		assertThat(people("?lang=ar")).isNotEmpty()
			.allSatisfy(person -> assertThat((List<Object>) person.get("languages")).contains("ar"));
		assertThat(people("?municipality=1804&lang=xx")).isEmpty();
	}

	private List<Map<String, Object>> people(String query) {
		return this.client.get()
			.uri("/api/v1/people-to-borrow" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
