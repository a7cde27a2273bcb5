package no.hverdag;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.Requests;
import no.hverdag.support.TestClockConfig;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Issue 12's defects, each through the door a person uses: what a form submits, where a
 * mistyped address leads, what a pending organisation is told, what a kiosk shows, and in
 * which language a volunteer hears that their guest has come.
 */
@HverdagIntegrationTest
class TrustedServiceTest {

	private static final Pattern DESCRIPTION_FIELDS = Pattern.compile("name=\"description\"");

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	LibraryAdministration administration;

	@Autowired
	AccessControl accessControl;

	@Test
	@DisplayName("the organisation and activity forms have one description field, so nothing adds a stray comma")
	void oneDescriptionField() {
		String registration = page(
				Requests.signedIn(this.client, Actors.newcomerSubject()).get().uri("/organisations/new?lang=nb"));
		assertThat(count(DESCRIPTION_FIELDS, registration)).isEqualTo(1);
		String activity = page(Requests.signedIn(this.client, "frivillig-bodo")
			.get()
			.uri("/organisations/seed-org-bodo-frivilligsentral/activities/new?lang=nb"));
		assertThat(count(DESCRIPTION_FIELDS, activity)).isEqualTo(1);
		assertThat(count(Pattern.compile("name=\"translationDescription\""), activity)).isEqualTo(1);

		// And what is saved is what was typed.
		String founder = Actors.newcomerSubject();
		String dashboard = Requests.signedIn(this.client, founder)
			.post()
			.uri("/organisations")
			.body(BodyInserters.fromFormData(FoundationJourneyTest.registration("Kommafri forening", "1804")))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.getPath();
		this.client.mutateWith(Actors.as(founder))
			.get()
			.uri("/api/v1/organisations/{id}", dashboard.substring("/organisations/".length()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.description")
			.isEqualTo("Vi reparerer sykler sammen og sykler tur hver helg.");
	}

	@Test
	@DisplayName("an unknown address is a 404 page in the visitor's language, not the sign-in page; robots.txt is served")
	void unknownAddressesAndRobots() {
		String notFound = this.client.get()
			.uri("/finnes-ikke/her?lang=nb")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(notFound).contains("Vi fant ikke det du lette etter.");
		this.client.get().uri("/api/v1/no-such-thing").exchange().expectStatus().isNotFound();
		this.client.get()
			.uri("/robots.txt")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(robots -> assertThat(robots).contains("User-agent: *", "Disallow: /me"));
		// A page that exists but needs a sign-in still leads there.
		this.client.get()
			.uri("/organisations/mine")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/login");
	}

	@Test
	@DisplayName("a pending organisation is told it may not post yet before it sees any of the activity form")
	void pendingOrganisationToldFirst() {
		String founder = Actors.newcomerSubject();
		String dashboard = Requests.signedIn(this.client, founder)
			.post()
			.uri("/organisations")
			.body(BodyInserters.fromFormData(FoundationJourneyTest.registration("Ventende venner", "1804")))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.getPath();
		String form = page(this.client.mutateWith(Actors.as(founder)).get().uri(dashboard + "/activities/new?lang=nb"));
		assertThat(form).contains("Koordinatoren i kommunen ser på registreringen.")
			.doesNotContain("name=\"title\"")
			.doesNotContain("name=\"description\"");
	}

	@Test
	@DisplayName("the kiosk shows no site menu, resets to bokmål when idle, and focuses a wrong check-in reference")
	void kioskScreens() {
		String screen = page(this.client.get().uri("/kiosk/seed-library-stormen?lang=ar"));
		assertThat(screen).doesNotContain("class=\"main-nav\"")
			.doesNotContain("/organisations/new")
			.contains("data-idle-home=\"/kiosk/seed-library-stormen?lang=nb\"");
		String wrong = this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/seed-library-stormen/check-in?lang=nb")
			.body(BodyInserters.fromFormData("reference", "ZZZZZZ"))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(wrong).containsPattern("id=\"reference\"[^>]*autofocus").contains("aria-invalid=\"true\"");
		// Other pages keep the menu.
		assertThat(page(this.client.get().uri("/?lang=nb"))).contains("class=\"main-nav\"");
	}

	@Test
	@DisplayName("right to left: the calendar file's \".ics\" is isolated in Arabic so it keeps its dot in front")
	void latinFragmentsIsolated() {
		String activity = page(this.client.get().uri("/activities/seed-activity-0?lang=ar"));
		assertThat(activity).contains("(\u2066.ics\u2069)");
	}

	@Test
	@DisplayName("a volunteer who offered in Arabic hears in Arabic that their guest has arrived")
	void arrivedInTheVolunteersLanguage() {
		String library = "arrival-library";
		String staff = "arrival-staff";
		this.administration
			.importLibrary(new Library(library, "Ankomstbiblioteket", "1806", "Reiseveien 2, Bodø", null, null))
			.block();
		this.accessControl.importAssignment(new RoleAssignment(Actors.ISSUER, staff, Role.LIBRARY_STAFF, library))
			.block();
		String contact = "arrival-" + System.nanoTime() + "@example.no";
		Map<String, Object> offer = new java.util.HashMap<>(BorrowALocal.offer(library));
		offer.put("contact", contact);
		List<Map> offers = Requests
			.postJson(Requests.signedIn(this.client, Actors.newcomerSubject())
				.mutate()
				.defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, "ar")
				.build(), offer, "/api/v1/offers")
			.expectStatus()
			.isCreated()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		String offerId = offers.get(0).get("id").toString();
		Requests.signedIn(this.client, staff)
			.post()
			.uri("/api/v1/offers/{id}/approval", offerId)
			.exchange()
			.expectStatus()
			.isOk();
		Requests
			.postJson(Requests.signedIn(this.client, staff),
					Map.of("personId", offerId, "kind", "ONE_OFF", "date", TestClockConfig.NOW.toLocalDate().toString(),
							"start", "10:00", "end", "10:30", "slotMinutes", "30", "room", "Rom 3"),
					"/api/v1/libraries/{lib}/sessions", library)
			.expectStatus()
			.isCreated();
		String slotId = Slot.idFor(offerId, TestClockConfig.NOW.toLocalDate(), LocalTime.parse("10:00"));
		String booked = this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/{lib}/slots/{slot}/bookings?lang=nb", library, slotId)
			.body(BodyInserters.fromFormData(HumanLibraryJourneyTest.form("firstName", "Amina", "contact",
					"amina-" + System.nanoTime() + "@example.no")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String reference = HumanLibraryJourneyTest.find(booked, "class=\"reference\">([A-Z0-9]{6})<");
		this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/{lib}/check-in?lang=nb", library)
			.body(BodyInserters.fromFormData("reference", reference))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.OK);
		List<Document> toVolunteer = this.mongo
			.find(Query.query(Criteria.where("recipient").is(contact)), Document.class, "outbox")
			.collectList()
			.block();
		assertThat(toVolunteer).as("the arrival message").hasSize(1);
		assertThat(toVolunteer.get(0).getString("text")).contains("Amina").containsPattern("\\p{IsArabic}{3}");
		assertThat(toVolunteer.get(0).getString("text")).doesNotContain("har kommet");
	}

	@Test
	@DisplayName("my data names roles and places, says how I signed in, and lists the admin's role")
	void myDataInPlainWords() {
		assertThat(page(this.client.mutateWith(Actors.as("koordinator-bodo")).get().uri("/me?lang=nb")))
			.contains("Frivillighetskoordinator: Bodø", "ID-porten")
			.doesNotContain(Actors.ISSUER)
			.doesNotContain("(1804)");
		assertThat(page(this.client.mutateWith(Actors.as("admin")).get().uri("/me?lang=nb")))
			.contains("Plattformadministrator")
			.doesNotContain("Du har ingen roller ennå.");
		assertThat(page(this.client.mutateWith(Actors.as("bibliotek-stormen")).get().uri("/me?lang=nb")))
			.contains("Ansatt på bibliotek: Stormen bibliotek");
	}

	@Test
	@DisplayName("the audit log page shows a role grant as role and place, without the person's sign-in id")
	void auditLogShowsNames() {
		String subject = Actors.newcomerSubject();
		Requests
			.postJson(Requests.signedIn(this.client, "admin"),
					Map.of("issuer", Actors.ISSUER, "subject", subject, "municipality", "1804"), "/api/v1/coordinators")
			.expectStatus()
			.isCreated();
		assertThat(page(this.client.mutateWith(Actors.as("koordinator-bodo")).get().uri("/coordinator/audit?lang=nb")))
			.contains("Frivillighetskoordinator: ", "Bodø")
			.doesNotContain(subject)
			.doesNotContain("COORDINATOR 1804");
	}

	@Test
	@DisplayName("an error list names each field it is about")
	void errorListNamesTheField() {
		MultiValueMap<String, String> form = FoundationJourneyTest.registration("Feilnummer forening", "1804");
		form.set("organisationNumber", "123456789");
		String answer = Requests.signedIn(this.client, Actors.newcomerSubject())
			.post()
			.uri("/organisations?lang=nb")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(answer).contains("Organisasjonsnummer (9 siffer): Organisasjonsnummeret er ikke gyldig");
	}

	@Test
	@DisplayName("the privacy page lists every cookie the application sets, the profile cookie too")
	void privacyListsFourCookies() {
		assertThat(page(this.client.get().uri("/privacy?lang=nb"))).contains("SESSION", "XSRF-TOKEN", "hverdag_profile",
				">lang<");
	}

	@Test
	@DisplayName("the import page shows the file format with sample files, and a row in another municipality gets a word")
	void importFormatAndOtherMunicipality() throws Exception {
		assertThat(page(Requests.signedIn(this.client, "frivillig-oslo")
			.get()
			.uri("/organisations/seed-org-grunerlokka-frivilligsentral/activities/import?lang=nb")))
			.contains("Filformatet", "/import/activities-sample.csv", "scheduleKind");
		String sample = this.client.get()
			.uri("/import/activities-sample.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(sample).isEqualTo(Files.readString(Path.of("..", "docs", "import", "activities-sample.csv")));

		String csv = "id,type,title,description,scheduleKind,days,start,end,placeName,municipality,languages\n"
				+ "elsewhere-" + System.nanoTime()
				+ ",LANGUAGE_CAFE,Kafé i Bodø,Vi prater norsk.,WEEKLY,MONDAY,18:00,20:00,Huset,1804,no\n";
		Requests.signedIn(this.client, "frivillig-oslo")
			.post()
			.uri("/api/v1/organisations/seed-org-grunerlokka-frivilligsentral/activities/import?dryRun=true")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "nb")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.warnings[0].row")
			.isEqualTo(2)
			.jsonPath("$.warnings[0].message")
			.value(message -> assertThat(message.toString()).contains("Bodø", "Oslo"));
	}

	@Test
	@DisplayName("the staff page: a reference column, sessions with the person and a readable date, cancelling asks first")
	void staffPageInPlainWords() {
		String library = "plain-words-library";
		String staff = "plain-words-staff";
		this.administration
			.importLibrary(new Library(library, "Klartekstbiblioteket", "1806", "Reiseveien 3, Bodø", null, null))
			.block();
		this.accessControl.importAssignment(new RoleAssignment(Actors.ISSUER, staff, Role.LIBRARY_STAFF, library))
			.block();
		String offerId = BorrowALocal.offerAt(this.client, Actors.newcomerSubject(), library);
		Requests.signedIn(this.client, staff)
			.post()
			.uri("/api/v1/offers/{id}/approval", offerId)
			.exchange()
			.expectStatus()
			.isOk();
		Requests
			.postJson(Requests.signedIn(this.client, staff),
					Map.of("personId", offerId, "kind", "ONE_OFF", "date", "2026-12-03", "start", "10:00", "end",
							"11:00", "slotMinutes", "30", "room", "Rom 4"),
					"/api/v1/libraries/{lib}/sessions", library)
			.expectStatus()
			.isCreated();
		String desk = page(
				this.client.mutateWith(Actors.as(staff)).get().uri("/staff/libraries/{lib}?lang=nb", library));
		assertThat(desk).contains("Sigrid: torsdag 3. desember 2026 kl. 10:00–11:00, Rom 4")
			.doesNotContain("2026-12-03 kl.")
			.containsPattern("<details class=\"confirm\">\\s*<summary>Avlys økten</summary>");
		// Approved, the volunteer's own presentation shows on "borrow a person".
		assertThat(page(this.client.get().uri("/borrow?library={lib}&lang=nb", library)))
			.contains("Pensjonert lærer som liker å prate.");
	}

	@Test
	@DisplayName("the activity form asks for no coordinates: a new activity is placed from its address, offline at its municipality")
	void placedWithoutCoordinates() {
		String word = "Koordinatfri" + System.nanoTime();
		assertThat(page(Requests.signedIn(this.client, "frivillig-bodo")
			.get()
			.uri("/organisations/seed-org-bodo-frivilligsentral/activities/new?lang=nb")))
			.doesNotContain("name=\"lat\"")
			.doesNotContain("name=\"lon\"");
		Requests.signedIn(this.client, "frivillig-bodo")
			.post()
			.uri("/organisations/seed-org-bodo-frivilligsentral/activities")
			.body(BodyInserters.fromFormData(FoundationJourneyTest.cafeForm(word)))
			.exchange()
			.expectStatus()
			.isSeeOther();
		Map<?, ?> bodo = this.client.get()
			.uri("/api/v1/municipalities/1804")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		this.client.get()
			.uri("/api/v1/activities?q={word}", word)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].place.lat")
			.isEqualTo(bodo.get("lat"))
			.jsonPath("$.items[0].place.lon")
			.isEqualTo(bodo.get("lon"));
	}

	@Test
	@DisplayName("an organisation's contact person is told when the coordinator approves or rejects it, with the reason")
	void toldOfTheDecision() {
		String approvedMail = "godkjent-" + System.nanoTime() + "@example.no";
		String approved = register("Godkjente venner", approvedMail);
		Requests.signedIn(this.client, "koordinator-bodo")
			.post()
			.uri("/coordinator/organisations/{id}/approve", approved)
			.exchange()
			.expectStatus()
			.isSeeOther();
		assertThat(messagesTo(approvedMail)).singleElement().satisfies(message -> {
			assertThat(message.getString("subject")).isEqualTo("Godkjente venner er godkjent på Hverdag");
			assertThat(message.getString("text")).contains("/organisations/" + approved);
		});

		String rejectedMail = "avslatt-" + System.nanoTime() + "@example.no";
		String rejected = register("Avslåtte venner", rejectedMail);
		Requests.signedIn(this.client, "koordinator-bodo")
			.post()
			.uri("/coordinator/organisations/{id}/reject", rejected)
			.body(BodyInserters.fromFormData("reason", "Organisasjonsnummeret hører til en annen forening"))
			.exchange()
			.expectStatus()
			.isSeeOther();
		assertThat(messagesTo(rejectedMail)).singleElement()
			.satisfies(message -> assertThat(message.getString("text"))
				.contains("Begrunnelse: Organisasjonsnummeret hører til en annen forening"));
	}

	private String register(String name, String email) {
		MultiValueMap<String, String> form = FoundationJourneyTest.registration(name, "1804");
		form.set("contactEmail", email);
		String dashboard = Requests.signedIn(this.client, Actors.newcomerSubject())
			.post()
			.uri("/organisations")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.getPath();
		return dashboard.substring("/organisations/".length());
	}

	private List<Document> messagesTo(String recipient) {
		return this.mongo.find(Query.query(Criteria.where("recipient").is(recipient)), Document.class, "outbox")
			.collectList()
			.block();
	}

	@Test
	@DisplayName("library staff register and revoke kiosks on a page; a blank name is refused in their language and writes nothing")
	void kioskDevicesPage() {
		String lib = "/staff/libraries/seed-library-stormen/kiosks";
		assertThat(page(this.client.mutateWith(Actors.as("bibliotek-stormen")).get().uri(lib + "?lang=nb")))
			.contains("Kioskskjermer på Stormen bibliotek", "Registrer en skjerm");
		int before = kiosksAtStormen();
		String refused = Requests.signedIn(this.client, "bibliotek-stormen")
			.post()
			.uri(lib + "?lang=ar")
			.body(BodyInserters.fromFormData("name", "   "))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("اكتب اسمًا للشاشة", "aria-invalid=\"true\"");
		assertThat(kiosksAtStormen()).isEqualTo(before);

		String name = "Ved inngangen " + System.nanoTime();
		String created = Requests.signedIn(this.client, "bibliotek-stormen")
			.post()
			.uri(lib + "?lang=nb")
			.body(BodyInserters.fromFormData("name", name))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(created).contains(name + " er registrert.", "vises bare denne ene gangen");
		String token = HumanLibraryJourneyTest.find(created, "<code[^>]*>([^<]+\\.[^<]+)</code>");
		this.client.get()
			.uri("/api/v1/kiosk/slots")
			.header(HttpHeaders.AUTHORIZATION, "Kiosk " + token)
			.exchange()
			.expectStatus()
			.isOk();
		String kioskId = token.substring(0, token.indexOf('.'));
		Requests.signedIn(this.client, "bibliotek-stormen")
			.post()
			.uri(lib + "/{id}/revoke", kioskId)
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, lib + "?revoked");
		assertThat(page(this.client.mutateWith(Actors.as("bibliotek-stormen")).get().uri(lib + "?revoked&lang=nb")))
			.contains("Skjermen er trukket tilbake.", "Trukket tilbake");
		// Another library's staff may not see these.
		this.client.mutateWith(Actors.as("bibliotek-oslo")).get().uri(lib).exchange().expectStatus().isForbidden();
	}

	private int kiosksAtStormen() {
		return this.mongo.count(Query.query(Criteria.where("libraryId").is("seed-library-stormen")), "kiosk_devices")
			.block()
			.intValue();
	}

	private static String page(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	private static int count(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		int found = 0;
		while (matcher.find()) {
			found++;
		}
		return found;
	}

}
