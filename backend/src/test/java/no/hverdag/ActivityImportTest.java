package no.hverdag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.Requests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations import their spreadsheets of activities: every bad row is reported with
 * its reason and nothing is written, a clean file is written whole and found at once, and
 * importing it again changes nothing.
 */
@HverdagIntegrationTest
class ActivityImportTest {

	static final String OSLO_ORG = "seed-org-grunerlokka-frivilligsentral";

	static final String BODO_ORG = "seed-org-bodo-frivilligsentral";

	static final String HEADER = "id,type,title,description,title_en,scheduleKind,date,days,start,end,"
			+ "placeName,municipality,languages,level,free,capacity,accessibility\n";

	static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("a dry run reports every bad row with its column and reason, and writes nothing")
	void dryRunReportsEveryBadRow() {
		String word = word();
		String csv = HEADER + row("a", word, "LANGUAGE_CAFE", "18:00", "20:00", "0301") + word
				+ "-b,LANGUAGE_CAFE,,Uten tittel,,WEEKLY,,MONDAY,18:00,20:00,Huset,0301,no,A1,true,,\n"
				+ row("c", word, "LANGUAGE_CAFE", "20:00", "18:00", "0301")
				+ row("d", word, "BINGO", "18:00", "20:00", "0301")
				+ row("e", word, "LANGUAGE_CAFE", "18:00", "20:00", "9999");
		Map<String, Object> problem = importCsv("frivillig-oslo", csv, true).expectStatus()
			.isBadRequest()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(problem).containsEntry("dryRun", true).containsEntry("rows", 5).containsEntry("imported", 0);
		assertThat(errors(problem)).containsExactly(
				Map.of("row", 3, "field", "title", "message", "Fill in this field."),
				Map.of("row", 4, "field", "end", "message", "The end time must be after the start time."),
				Map.of("row", 5, "field", "type", "message",
						"Use one of: LANGUAGE_CAFE, VOLUNTEER_ASSIGNMENT, CULTURE_EVENT, BUDDY_PROGRAMME, FREE_VENUE, "
								+ "EQUIPMENT_LENDING, PERSON_TO_BORROW."),
				Map.of("row", 6, "field", "municipality", "message", "Choose a municipality from the list."));
		assertThat(found(word)).isZero();
	}

	@Test
	@DisplayName("every ISO 639-1 language is taken, nb, nn and no are one Norwegian, and a bad code is named with its row")
	void spokenLanguages() {
		String word = word();
		String good = HEADER + row("a", word, "LANGUAGE_CAFE", "18:00", "20:00", "0301").replace("no;ar", "nb;ur;pa")
				+ row("b", word, "LANGUAGE_CAFE", "18:00", "20:00", "0301").replace("no;ar", "NN;am;tr;es;de;fr");
		importCsv("frivillig-oslo", good, false).expectStatus().isOk();
		Map<String, Object> page = this.client.get()
			.uri("/api/v1/activities?q={q}&lang=no&size=50", word)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(page).containsEntry("total", 2);

		String bad = HEADER + row("c", word, "LANGUAGE_CAFE", "18:00", "20:00", "0301")
				+ row("d", word, "LANGUAGE_CAFE", "18:00", "20:00", "0301").replace("no;ar", "no;xx");
		Map<String, Object> problem = importCsv("frivillig-oslo", bad, true).expectStatus()
			.isBadRequest()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(errors(problem)).singleElement().satisfies(error -> {
			assertThat(error).containsEntry("row", 3).containsEntry("field", "languages");
			assertThat(String.valueOf(error.get("message"))).contains("\"xx\"");
		});
	}

	@Test
	@DisplayName("a coordinator's file carries several organisations of the municipality; a member's may not, and none from elsewhere")
	void severalOrganisations() {
		String word = word();
		String header = HEADER.replace("accessibility\n", "accessibility,organisation\n");
		String csv = header + row("a", word, "LANGUAGE_CAFE", "18:00", "20:00", "1804").replace("\n", ",\n")
				+ row("b", word, "LANGUAGE_CAFE", "18:00", "20:00", "1804").replace("\n", ",seed-org-bodo-rode-kors\n")
				+ row("c", word, "EQUIPMENT_LENDING", "12:00", "18:00", "1804").replace("\n", ",seed-org-bua-bodo\n");
		importCsv("frivillig-bodo", BODO_ORG, csv, true).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].row")
			.isEqualTo(3)
			.jsonPath("$.errors[0].field")
			.isEqualTo("organisation")
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat(String.valueOf(message)).contains("seed-org-bodo-rode-kors"));

		importCsv("koordinator-bodo", BODO_ORG, csv, false).expectStatus().isOk();
		Map<String, Object> page = this.client.get()
			.uri("/api/v1/activities?q={q}&size=50", word)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
		assertThat(items).extracting(item -> item.get("organisationId"))
			.containsExactlyInAnyOrder(BODO_ORG, "seed-org-bodo-rode-kors", "seed-org-bua-bodo");

		String elsewhere = header
				+ row("d", word, "LANGUAGE_CAFE", "18:00", "20:00", "1804").replace("\n", "," + OSLO_ORG + "\n");
		importCsv("koordinator-bodo", BODO_ORG, elsewhere, true).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("organisation");
	}

	@Test
	@DisplayName("a file with one bad row imports nothing at all")
	void oneBadRowImportsNothing() {
		String word = word();
		String csv = HEADER + row("a", word, "LANGUAGE_CAFE", "18:00", "20:00", "0301")
				+ row("b", word, "LANGUAGE_CAFE", "18:00", "20:00", "0301")
				+ row("c", word, "LANGUAGE_CAFE", "18:00", "25:00", "0301");
		Map<String, Object> problem = importCsv("frivillig-oslo", csv, false).expectStatus()
			.isBadRequest()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(errors(problem)).extracting(e -> e.get("row") + " " + e.get("field")).containsExactly("4 end");
		assertThat(found(word)).isZero();
	}

	@Test
	@DisplayName("a good file imports every row, searchable at once, and importing it again creates no duplicates")
	void goodFileImportsEverythingOnce() {
		String word = word();
		String csv = HEADER + row("a", word, "LANGUAGE_CAFE", "18:00", "20:00", "0301")
				+ row("b", word, "CULTURE_EVENT", "12:00", "14:00", "0301")
				+ row("", word + " uten id", "LANGUAGE_CAFE", "10:00", "11:00", "0301");
		Map<String, Object> dryRun = importCsv("frivillig-oslo", csv, true).expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(dryRun).containsEntry("dryRun", true).containsEntry("rows", 3).containsEntry("imported", 3);
		assertThat(found(word)).as("a dry run writes nothing").isZero();

		Map<String, Object> report = importCsv("frivillig-oslo", csv, false).expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(report).containsEntry("dryRun", false)
			.containsEntry("imported", 3)
			.containsEntry("unchanged", 0)
			.containsEntry("errors", List.of());
		assertThat(found(word)).isEqualTo(3);

		Map<String, Object> again = importCsv("koordinator-oslo", csv, false).expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(again).containsEntry("imported", 0).containsEntry("unchanged", 3);
		assertThat(found(word)).as("no duplicates").isEqualTo(3);

		String changed = csv.replace("18:00,20:00", "18:30,20:00");
		Map<String, Object> update = importCsv("frivillig-oslo", changed, false).expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(update).containsEntry("imported", 0).containsEntry("updated", 1).containsEntry("unchanged", 2);
		assertThat(found(word)).isEqualTo(3);
	}

	@Test
	@DisplayName("the documented sample files pass, as CSV and as JSON")
	void samplesAreValid() throws IOException {
		importCsv("frivillig-oslo", Files.readString(Path.of("../docs/import/activities-sample.csv")), true)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.rows")
			.isEqualTo(3);
		Requests.signedIn(this.client, "frivillig-oslo")
			.post()
			.uri("/api/v1/organisations/{id}/activities/import?dryRun=true", OSLO_ORG)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Files.readString(Path.of("../docs/import/activities-sample.json")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.rows")
			.isEqualTo(2);
	}

	@Test
	@DisplayName("someone outside the organisation and its municipality is refused")
	void outsidersAreRefused() {
		String csv = HEADER + row("a", word(), "LANGUAGE_CAFE", "18:00", "20:00", "0301");
		importCsv("frivillig-bodo", csv, true).expectStatus().isForbidden();
		importCsv("koordinator-bodo", csv, false).expectStatus().isForbidden();
		this.client.post()
			.uri("/api/v1/organisations/{id}/activities/import", OSLO_ORG)
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	@DisplayName("on the page a member checks a file, sees it is clean, and imports it")
	void pageChecksThenImports() {
		String word = word();
		String csv = HEADER + row("a", word, "LANGUAGE_CAFE", "18:00", "20:00", "0301");
		WebTestClient member = Requests.signedIn(this.client, "frivillig-oslo");
		member.get()
			.uri("/organisations/{id}/activities/import", OSLO_ORG)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("enctype=\"multipart/form-data\""));

		String checked = member.post()
			.uri("/organisations/{id}/activities/import", OSLO_ORG)
			.header("Accept-Language", "en")
			.body(BodyInserters.fromMultipartData(file(csv)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(checked).contains("1 rows are correct: 1 new").contains("Import now");
		assertThat(found(word)).isZero();
		String upload = checked.replaceAll("(?s).*name=\"upload\" value=\"([^\"]+)\".*", "$1");

		member.post()
			.uri("/organisations/{id}/activities/import/confirm", OSLO_ORG)
			.body(BodyInserters.fromFormData("upload", upload))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/organisations/" + OSLO_ORG + "?imported");
		assertThat(found(word)).isEqualTo(1);

		String bad = member.post()
			.uri("/organisations/{id}/activities/import", OSLO_ORG)
			.header("Accept-Language", "en")
			.body(BodyInserters
				.fromMultipartData(file(HEADER + row("a", word, "LANGUAGE_CAFE", "18:00", "17:00", "0301"))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(bad).contains("Nothing was imported").contains("The end time must be after the start time.");
	}

	@Test
	@DisplayName("the upload form works with its own CSRF token, as a browser without JavaScript sends it")
	void uploadCarriesCsrfToken() {
		WebTestClient browser = this.client.mutateWith(no.hverdag.support.Actors.as("frivillig-oslo"));
		var page = browser.get()
			.uri("/organisations/{id}/activities/import", OSLO_ORG)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		String cookie = page.getResponseCookies().getFirst("XSRF-TOKEN").getValue();
		String token = page.getResponseBody().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		var body = file(HEADER + row("a", word(), "LANGUAGE_CAFE", "18:00", "20:00", "0301"));
		body.add("_csrf", new org.springframework.http.HttpEntity<>(token));
		browser.post()
			.uri("/organisations/{id}/activities/import", OSLO_ORG)
			.cookie("XSRF-TOKEN", cookie)
			.body(BodyInserters.fromMultipartData(body))
			.exchange()
			.expectStatus()
			.isOk();
		browser.post()
			.uri("/organisations/{id}/activities/import", OSLO_ORG)
			.cookie("XSRF-TOKEN", cookie)
			.body(BodyInserters.fromMultipartData(file("id\n")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> file(
			String csv) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "aktiviteter.csv";
			}
		}).contentType(MediaType.parseMediaType("text/csv"));
		return body.build();
	}

	private WebTestClient.ResponseSpec importCsv(String subject, String csv, boolean dryRun) {
		return importCsv(subject, OSLO_ORG, csv, dryRun);
	}

	private WebTestClient.ResponseSpec importCsv(String subject, String organisation, String csv, boolean dryRun) {
		return Requests.signedIn(this.client, subject)
			.post()
			.uri("/api/v1/organisations/{id}/activities/import?dryRun={dryRun}", organisation, dryRun)
			.header("Accept-Language", "en")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv)
			.exchange();
	}

	private long found(String word) {
		Map<String, Object> page = this.client.get()
			.uri("/api/v1/activities?q={q}&size=50", word)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		return ((Number) page.get("total")).longValue();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(Map<String, Object> problem) {
		return (List<Map<String, Object>>) problem.get("errors");
	}

	private static String row(String id, String word, String type, String start, String end, String municipality) {
		return String.join(",", id.isEmpty() ? "" : word + "-" + id, type, "Kafé " + word,
				"\"Vi møtes, prater og drikker kaffe.\"", "Cafe " + word, "WEEKLY", "2026-09-01", "MONDAY;THURSDAY",
				start, end, "Huset", municipality, "no;ar", "A1", "true", "20", "STEP_FREE") + "\n";
	}

	/** A made-up word no other test's activity contains. */
	private static String word() {
		Random random = new Random();
		StringBuilder word = new StringBuilder("imp");
		for (int i = 0; i < 9; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

}
