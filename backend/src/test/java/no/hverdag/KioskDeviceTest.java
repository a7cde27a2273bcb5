package no.hverdag;

import java.util.List;
import java.util.Map;

import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.TestClockConfig;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A library's staff registers a kiosk and gets a credential once; the kiosk lists and
 * books its own library's slots and nothing else; a revoked kiosk is refused at once.
 */
@HverdagIntegrationTest
class KioskDeviceTest {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	no.hverdag.humanlibrary.LibraryAdministration libraries;

	static final String LIBRARY = "kiosk-test-library";

	static final String STAFF = "kiosk-test-staff";

	/**
	 * A library of this test's own, with room today, and its staff granted by the admin.
	 */
	@org.junit.jupiter.api.BeforeEach
	void library() {
		this.libraries
			.importLibrary(new no.hverdag.humanlibrary.Library(LIBRARY, "Testbiblioteket", "0301", null, null, null))
			.block();
		this.libraries
			.importPerson(new no.hverdag.humanlibrary.PersonToBorrow(LIBRARY + "-person", LIBRARY, "Tone",
					List.of("Prat"), List.of("no"), java.util.EnumSet.allOf(java.time.DayOfWeek.class),
					List.of(java.time.LocalTime.of(14, 0)), 45, 10))
			.block();
		postJson(signedIn(this.client, "admin"), Map.of("issuer", no.hverdag.support.Actors.ISSUER, "subject", STAFF),
				"/api/v1/libraries/" + LIBRARY + "/staff")
			.expectStatus()
			.isCreated();
	}

	@Test
	@DisplayName("register, use within its library only, revoke: refused at once")
	void kioskLifecycle() {
		Map<?, ?> registered = postJson(signedIn(this.client, STAFF), Map.of("name", "Skjerm ved inngangen"),
				"/api/v1/libraries/" + LIBRARY + "/kiosks")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String token = (String) registered.get("token");
		String kioskId = (String) registered.get("kioskId");
		assertThat(token).startsWith(kioskId + ".");

		// Shown once: neither the list nor the store holds the secret.
		String secret = token.substring(token.indexOf('.') + 1);
		signedIn(this.client, STAFF).get()
			.uri("/api/v1/libraries/" + LIBRARY + "/kiosks")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(list -> assertThat(list).contains(kioskId).doesNotContain(secret));
		assertThat(this.mongo.findById(kioskId, Document.class, "kiosk_devices").block().toJson())
			.doesNotContain(secret);

		// The kiosk sees its own library's slots and books one of them.
		List<Map> slots = asKiosk(token).get()
			.uri("/api/v1/kiosk/slots")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(slots).isNotEmpty().allSatisfy(slot -> assertThat(slot.get("libraryId")).isEqualTo(LIBRARY));
		asKiosk(token).post()
			.uri("/api/v1/kiosk/slots/{slot}/bookings", slots.get(slots.size() - 1).get("id"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("firstName", "Nadia", "contact", "nadia@example.no"))
			.exchange()
			.expectStatus()
			.isCreated();

		// Nothing else: another library's slot, a person's routes, an organisation's.
		String stormenSlot = no.hverdag.humanlibrary.Slot.idFor("seed-library-stormen-person-0",
				TestClockConfig.NOW.toLocalDate().plusDays(4), java.time.LocalTime.of(11, 0));
		asKiosk(token).post()
			.uri("/api/v1/kiosk/slots/{slot}/bookings", stormenSlot)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("firstName", "Nadia", "contact", "nadia@example.no"))
			.exchange()
			.expectStatus()
			.isNotFound();
		asKiosk(token).get().uri("/api/v1/me").exchange().expectStatus().isForbidden();
		asKiosk(token).post()
			.uri("/api/v1/organisations")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of())
			.exchange()
			.expectStatus()
			.isForbidden();
		asKiosk(token).get().uri("/api/v1/libraries/" + LIBRARY + "/kiosks").exchange().expectStatus().isForbidden();

		// Staff of another library may not touch it; its own staff revoke it, and it
		// stops at once.
		signedIn(this.client, "bibliotek-stormen").delete()
			.uri("/api/v1/kiosks/{id}", kioskId)
			.exchange()
			.expectStatus()
			.isForbidden();
		signedIn(this.client, STAFF).delete()
			.uri("/api/v1/kiosks/{id}", kioskId)
			.exchange()
			.expectStatus()
			.isNoContent();
		asKiosk(token).get().uri("/api/v1/kiosk/slots").exchange().expectStatus().isUnauthorized();

		// Both actions are in Oslo's audit log.
		signedIn(this.client, "koordinator-oslo").get()
			.uri("/api/v1/audit")
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.detail == '" + kioskId + "')].action")
			.value(actions -> assertThat((List<Object>) actions).contains("KIOSK_REGISTERED", "KIOSK_REVOKED"));
	}

	@Test
	@DisplayName("a made-up or malformed credential is a 401, and only staff of that library register kiosks")
	void badCredentialsAndWrongStaff() {
		asKiosk("nope.nope").get().uri("/api/v1/kiosk/slots").exchange().expectStatus().isUnauthorized();
		asKiosk("garbage").get().uri("/api/v1/kiosk/slots").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/api/v1/kiosk/slots").exchange().expectStatus().isUnauthorized();
		postJson(signedIn(this.client, "bibliotek-stormen"), Map.of("name", "Fremmed"),
				"/api/v1/libraries/" + LIBRARY + "/kiosks")
			.expectStatus()
			.isForbidden();
		postJson(signedIn(this.client, "koordinator-oslo"), Map.of("name", "Ikke ansatt"),
				"/api/v1/libraries/" + LIBRARY + "/kiosks")
			.expectStatus()
			.isForbidden();
	}

	private WebTestClient asKiosk(String token) {
		return this.client.mutate().defaultHeader("Authorization", "Kiosk " + token).build();
	}

}
