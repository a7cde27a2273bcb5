package no.hverdag;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.TestClockConfig;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same person trying many overlapping slots at once over real HTTP holds exactly one
 * of them, and the places of the others are all still free.
 */
class OverlapConcurrencyTest extends ServerTestSupport {

	@Autowired
	LibraryAdministration administration;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("one contact point, 120 simultaneous bookings over 6 overlapping slots: exactly one succeeds")
	void oneContactManySlots() {
		String libraryId = "overlap-library";
		this.administration.importLibrary(new Library(libraryId, "Overlappbiblioteket", "1804", "Vei 1", null, null))
			.block();
		// Six people at 14:00, 14:15, 14:30 (45 minutes each): all overlap 14:30–14:45.
		List<String> slots = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			LocalTime start = LocalTime.of(14, 0).plusMinutes(15L * (i % 3));
			this.administration
				.importPerson(new PersonToBorrow("overlap-person-" + i, libraryId, "P" + i, List.of("Prat"),
						List.of("no"), EnumSet.allOf(DayOfWeek.class), List.of(start), 45, 10))
				.block();
			slots.add(Slot.idFor("overlap-person-" + i, TestClockConfig.NOW.toLocalDate().plusDays(1), start));
		}
		WebClient http = WebClient.builder()
			.baseUrl(baseUrl())
			.clientConnector(new ReactorClientHttpConnector(reactor.netty.http.client.HttpClient
				.create(reactor.netty.resources.ConnectionProvider.create("overlap-test", 120))))
			.build();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		Flux.range(0, 120)
			.flatMap(
					i -> http.post()
						.uri("/api/v1/slots/{slot}/bookings", slots.get(i % slots.size()))
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(Map.of("firstName", "Samme", "contact", "+4799988877"))
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					120)
			.doOnNext(status -> statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet())
			.then()
			.block();

		assertThat(statuses).containsOnlyKeys(201, 409);
		assertThat(statuses.get(201)).hasValue(1);
		int taken = 0;
		for (String slot : slots) {
			Document stored = this.mongo.findById(slot, Document.class, "slots").block();
			taken += 10 - stored.getInteger("remaining");
		}
		assertThat(taken).as("places taken over all six slots").isEqualTo(1);
		// Only the winner's quarter hours are claimed (3 of them); the losers released
		// theirs.
		assertThat(this.mongo.count(Query.query(Criteria.where("contact").is("+4799988877")), "contact_claims").block())
			.isEqualTo(3);
	}

}
