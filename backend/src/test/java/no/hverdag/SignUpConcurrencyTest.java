package no.hverdag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import no.hverdag.activities.ActivityPublishing;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SignUpActivities;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people signing up for the same occurrence at once over real HTTP never get more
 * places than there are; the rest queue with distinct numbers; cancels at once promote
 * exactly one person each, in queue order.
 */
class SignUpConcurrencyTest extends ServerTestSupport {

	@Autowired
	ActivityPublishing publishing;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("40 at once for 3 places: 3 confirmed, 37 waiting with numbers 1..37; 3 cancels at once promote numbers 1, 2, 3")
	void fortyAtOnceThenThreeCancels() {
		LocalDate date = LocalDate.of(2026, 12, 3);
		String activityId = SignUpActivities.oneOff(this.publishing, SignUpActivities.OSLO_ORG, date, 3);
		String occurrenceId = activityId + "@" + date;
		WebClient http = WebClient.builder()
			.baseUrl(baseUrl())
			.clientConnector(new ReactorClientHttpConnector(reactor.netty.http.client.HttpClient
				.create(reactor.netty.resources.ConnectionProvider.create("signup-test", 40))))
			.build();

		List<Map> answers = Flux.range(0, 40)
			.flatMap(i -> http.post()
				.uri("/api/v1/activities/{id}/signups", activityId)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("date", date.toString(), "firstName", "Person" + i, "contact",
						"kø" + i + "-" + activityId.substring(12, 20) + "@example.no"))
				.exchangeToMono(response -> {
					assertThat(response.statusCode().value()).isEqualTo(201);
					return response.bodyToMono(Map.class);
				}), 40)
			.collectList()
			.block();

		assertThat(answers).hasSize(40);
		List<Map> confirmed = answers.stream().filter(a -> "CONFIRMED".equals(a.get("status"))).toList();
		List<Map> waiting = answers.stream().filter(a -> "WAITING".equals(a.get("status"))).toList();
		assertThat(confirmed).hasSize(3).allSatisfy(a -> assertThat(a.get("position")).isNull());
		assertThat(waiting).hasSize(37);
		assertThat(waiting.stream().map(a -> ((Number) a.get("position")).longValue()))
			.containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, 37).boxed().toList());

		Document occurrence = this.mongo.findById(occurrenceId, Document.class, "signup_occurrences").block();
		assertThat(occurrence.getInteger("taken")).isEqualTo(3);
		assertThat(occurrence.getInteger("remaining")).isZero();
		assertThat(count(occurrenceId, "CONFIRMED")).isEqualTo(3);
		assertThat(count(occurrenceId, "WAITING")).isEqualTo(37);
		// Everyone got one message: a place, or their number in the queue.
		for (Map answer : answers) {
			String contact = contactOf(answer);
			List<Document> messages = outbox(contact);
			assertThat(messages).hasSize(1);
			String text = messages.get(0).getString("text");
			assertThat(text).contains("/signups/" + answer.get("cancelToken"));
			if ("WAITING".equals(answer.get("status"))) {
				assertThat(text).contains("nummer " + answer.get("position") + " på ventelisten");
			}
		}

		// The three with a place cancel at the same moment.
		List<String> statuses = Flux.fromIterable(confirmed)
			.flatMap(a -> http.delete()
				.uri("/api/v1/signups/{token}", a.get("cancelToken"))
				.exchangeToMono(response -> response.bodyToMono(Map.class)), 3)
			.map(body -> body.get("status").toString())
			.collectList()
			.block();
		assertThat(statuses).containsOnly("CANCELLED");

		List<Map> byNumber = new ArrayList<>(waiting);
		byNumber.sort(Comparator.comparingLong(a -> ((Number) a.get("position")).longValue()));
		for (int i = 0; i < byNumber.size(); i++) {
			Document stored = this.mongo.findById(byNumber.get(i).get("id"), Document.class, "signups").block();
			String contact = contactOf(byNumber.get(i));
			if (i < 3) {
				assertThat(stored.getString("status")).as("number %d", i + 1).isEqualTo("CONFIRMED");
				assertThat(outbox(contact)).hasSize(2)
					.anySatisfy(m -> assertThat(m.getString("subject")).startsWith("Du fikk plass"));
			}
			else {
				assertThat(stored.getString("status")).as("number %d", i + 1).isEqualTo("WAITING");
				assertThat(outbox(contact)).hasSize(1);
			}
		}
		occurrence = this.mongo.findById(occurrenceId, Document.class, "signup_occurrences").block();
		assertThat(occurrence.getInteger("taken")).isEqualTo(3);
		assertThat(occurrence.getInteger("remaining")).isZero();
		assertThat(count(occurrenceId, "CONFIRMED")).isEqualTo(3);
		assertThat(count(occurrenceId, "CANCELLED")).isEqualTo(3);
		assertThat(count(occurrenceId, "WAITING")).isEqualTo(34);
	}

	@Test
	@DisplayName("cancels and new sign-ups racing never leave a free place while someone waits, nor exceed the capacity")
	void cancelsRacingNewSignUps() {
		LocalDate date = LocalDate.of(2026, 12, 4);
		String activityId = SignUpActivities.oneOff(this.publishing, SignUpActivities.OSLO_ORG, date, 5);
		String occurrenceId = activityId + "@" + date;
		WebClient http = WebClient.builder().baseUrl(baseUrl()).build();
		List<Map> first = Flux.range(0, 10)
			.concatMap(i -> signUp(http, activityId, date, "first" + i + "-" + activityId.substring(12, 20)))
			.collectList()
			.block();
		List<String> confirmedTokens = first.stream()
			.filter(a -> "CONFIRMED".equals(a.get("status")))
			.map(a -> a.get("cancelToken").toString())
			.toList();
		assertThat(confirmedTokens).hasSize(5);

		Flux<Object> cancels = Flux.fromIterable(confirmedTokens)
			.flatMap(token -> http.delete()
				.uri("/api/v1/signups/{token}", token)
				.exchangeToMono(response -> response.releaseBody().thenReturn((Object) token)));
		Flux<Object> newcomers = Flux.range(0, 10)
			.flatMap(i -> signUp(http, activityId, date, "late" + i + "-" + activityId.substring(12, 20))
				.cast(Object.class));
		Flux.merge(cancels, newcomers).then().block();

		Document occurrence = this.mongo.findById(occurrenceId, Document.class, "signup_occurrences").block();
		assertThat(count(occurrenceId, "CONFIRMED")).isEqualTo(5);
		assertThat(occurrence.getInteger("taken")).isEqualTo(5);
		assertThat(occurrence.getInteger("remaining")).isZero();
		assertThat(count(occurrenceId, "WAITING")).isEqualTo(10);
	}

	private Mono<Map> signUp(WebClient http, String activityId, LocalDate date, String who) {
		return http.post()
			.uri("/api/v1/activities/{id}/signups", activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("date", date.toString(), "firstName", "Kari", "contact", who + "@example.no"))
			.retrieve()
			.bodyToMono(Map.class);
	}

	private String contactOf(Map answer) {
		return this.mongo.findById(answer.get("id"), Document.class, "signups").block().getString("contact");
	}

	private List<Document> outbox(String recipient) {
		return this.mongo.find(Query.query(Criteria.where("recipient").is(recipient)), Document.class, "outbox")
			.collectList()
			.block();
	}

	private long count(String occurrenceId, String status) {
		return this.mongo
			.count(Query.query(Criteria.where("occurrenceId").is(occurrenceId).and("status").is(status)), "signups")
			.block();
	}

}
