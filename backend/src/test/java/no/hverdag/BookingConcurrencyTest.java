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
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many kiosks and phones booking the same slot at once over real HTTP never overbook it.
 */
class BookingConcurrencyTest extends ServerTestSupport {

	@Autowired
	LibraryAdministration administration;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("200 simultaneous bookings of a slot with room for 3: exactly 3 succeed, 197 get 409")
	void twoHundredAtOnce() {
		String libraryId = "concurrency-library";
		this.administration.importLibrary(new Library(libraryId, "Testbiblioteket", "1804", "Testveien 1", null, null))
			.block();
		this.administration
			.importPerson(new PersonToBorrow("concurrency-person", libraryId, "Trude", List.of("Prat"), List.of("no"),
					EnumSet.allOf(DayOfWeek.class), List.of(LocalTime.of(14, 0)), 60, 3))
			.block();
		String slotId = Slot.idFor("concurrency-person", TestClockConfig.NOW.toLocalDate(), LocalTime.of(14, 0));

		WebClient http = WebClient.builder()
			.baseUrl(baseUrl())
			.clientConnector(new ReactorClientHttpConnector(reactor.netty.http.client.HttpClient
				.create(reactor.netty.resources.ConnectionProvider.create("booking-test", 200))))
			.build();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		Flux.range(0, 200)
			.flatMap(
					i -> http.post()
						.uri("/api/v1/slots/{slot}/bookings", slotId)
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(Map.of("firstName", "Person" + i, "contact", "person" + i + "@example.no"))
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					200)
			.doOnNext(status -> statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet())
			.then()
			.block();

		assertThat(statuses).containsOnlyKeys(201, 409);
		assertThat(statuses.get(201)).hasValue(3);
		assertThat(statuses.get(409)).hasValue(197);
		Document stored = this.mongo.findById(slotId, Document.class, "slots").block();
		assertThat(stored.getInteger("remaining")).isZero();
		assertThat(stored.getList("bookings", Document.class)).hasSize(3);
		assertThat(stored.getInteger("capacity")).isEqualTo(3);
	}

}
