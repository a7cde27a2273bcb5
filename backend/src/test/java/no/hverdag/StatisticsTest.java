package no.hverdag;

import java.util.List;
import java.util.Map;

import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.OrganisationNumbers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Statistics through their doors: the open API, the coordinator's page and its CSV file.
 * Eigersund (1101) and Haugesund (1106) have no demo data and no other test uses them, so
 * their counts are exactly what each test here registers.
 */
@HverdagIntegrationTest
class StatisticsTest {

	static final String EIGERSUND = "1101";

	static final String HAUGESUND = "1106";

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("organisations waiting: 4 are shown as suppressed, the fifth makes the count 5; nothing personal is in the answer")
	void smallCountsAreSuppressed() {
		String registrant = Actors.newcomerSubject();
		for (int i = 0; i < 4; i++) {
			register(registrant, "Statistikklaget " + i);
		}
		Map<String, Object> pending = row(api(), "organisations", "PENDING");
		assertThat(pending).containsEntry("suppressed", true).containsEntry("count", null);

		register(registrant, "Statistikklaget 4");
		Map<String, Object> api = api();
		assertThat(row(api, "organisations", "PENDING")).containsEntry("suppressed", false).containsEntry("count", 5);
		assertThat(api).containsEntry("name", "Eigersund").containsEntry("smallestCountShown", 5);
		String raw = this.client.get()
			.uri("/api/v1/statistics/municipalities/" + EIGERSUND)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(raw).doesNotContain("Statistikklaget").doesNotContain("stat@example.no").doesNotContain(registrant);
	}

	@Test
	@DisplayName("a coordinator sees their municipality's charts with tables in bokmål, \"under 5\" on small numbers, and a CSV file; another coordinator does not")
	void coordinatorPageAndCsv() {
		String registrant = Actors.newcomerSubject();
		register(registrant, "Tellelaget", HAUGESUND);
		String coordinator = Actors.newcomerSubject();
		this.client.mutateWith(Actors.as("admin"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/coordinators")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("issuer", Actors.ISSUER, "subject", coordinator, "municipality", HAUGESUND))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();

		String page = this.client.mutateWith(Actors.as(coordinator))
			.get()
			.uri("/statistics/municipalities/" + HAUGESUND + "?lang=nb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("<h1>Statistikk for Haugesund</h1>")
			.contains("<svg class=\"bar-chart\" role=\"img\"")
			.contains("<title id=\"chart-organisations-title\">Organisasjoner</title>")
			.contains("Tabell: Organisasjoner")
			.contains("<th scope=\"row\">Venter på godkjenning</th>")
			.contains("<td>under 5</td>")
			.contains("href=\"/statistics/municipalities/1106/export.csv\"")
			.doesNotContain("??");

		String file = this.client.mutateWith(Actors.as(coordinator))
			.get()
			.uri("/statistics/municipalities/" + HAUGESUND + "/export.csv?lang=nb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/csv")
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"hverdag-statistikk-1106.csv\"")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(file).startsWith("\uFEFFGraf,Hva,Antall")
			.contains("Organisasjoner,\"Venter på godkjenning\",\"under 5\"");

		this.client.mutateWith(Actors.as("koordinator-oslo"))
			.get()
			.uri("/statistics/municipalities/" + HAUGESUND)
			.exchange()
			.expectStatus()
			.isForbidden();
		String choices = this.client.mutateWith(Actors.as(coordinator))
			.get()
			.uri("/statistics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(choices).contains("href=\"/statistics/municipalities/1106\"")
			.doesNotContain("/statistics/municipalities/0301");
	}

	@Test
	@DisplayName("an unknown municipality or library is a 404 problem, not an empty report")
	void unknownScope() {
		this.client.get()
			.uri("/api/v1/statistics/municipalities/9999")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get().uri("/api/v1/statistics/libraries/no-such-library").exchange().expectStatus().isNotFound();
	}

	@Test
	@DisplayName("the country and a library answer anonymously with every chart")
	void countryAndLibrary() {
		Map<String, Object> country = this.client.get()
			.uri("/api/v1/statistics/country")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(MAP)
			.returnResult()
			.getResponseBody();
		assertThat(names(country)).contains("organisations", "activitiesByKind", "activitiesByLanguage",
				"activitiesByMunicipality", "signUpsByMonth", "waitingByMonth", "cancelledByMonth", "bookingsByTopic",
				"bookingsByHour", "checkInsByMonth", "noShowsByMonth");
		assertThat(row(country, "activitiesByMunicipality", "Oslo")).containsEntry("suppressed", false);
		Map<String, Object> library = this.client.get()
			.uri("/api/v1/statistics/libraries/seed-library-oslo")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(MAP)
			.returnResult()
			.getResponseBody();
		assertThat(names(library)).containsExactly("bookingsByTopic", "bookingsByHour", "checkInsByMonth",
				"noShowsByMonth");
	}

	static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private void register(String registrant, String name) {
		register(registrant, name, EIGERSUND);
	}

	private void register(String registrant, String name, String municipality) {
		this.client.mutateWith(Actors.as(registrant))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/organisations")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", name, "organisationNumber", OrganisationNumbers.fresh(), "municipality",
					municipality, "contactName", "Stat", "contactEmail", "stat@example.no", "description",
					"Vi teller."))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private Map<String, Object> api() {
		return this.client.get()
			.uri("/api/v1/statistics/municipalities/" + EIGERSUND)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(MAP)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(Map<String, Object> report) {
		return ((List<Map<String, Object>>) report.get("series")).stream().map(s -> (String) s.get("name")).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> row(Map<String, Object> report, String series, String key) {
		return ((List<Map<String, Object>>) report.get("series")).stream()
			.filter(s -> series.equals(s.get("name")))
			.flatMap(s -> ((List<Map<String, Object>>) s.get("rows")).stream())
			.filter(r -> key.equals(r.get("key")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + key + " in " + series + ": " + report));
	}

}
