package no.hverdag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.hverdag.activities.ActivityPublishing;
import no.hverdag.signups.internal.SignUpReminders;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.SignUpActivities;
import no.hverdag.support.WebClientSignUps;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockUser;

/**
 * A newcomer signs up from the activity page and cancels from the link in the message;
 * wrong input writes nothing; an organisation sees its own sign-ups only; the reminder
 * goes once; the person's own list, export and erasure.
 */
@HverdagIntegrationTest
class SignUpJourneyTest {

	@Autowired
	WebTestClient client;

	@Autowired
	ActivityPublishing publishing;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	SignUpReminders reminders;

	@Test
	@DisplayName("the activity page offers dates with places; signing up redirects to the sign-up's page; its link cancels")
	void signUpAndCancelByPage() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, 2);
		String email = "side-" + System.nanoTime() + "@example.no";
		String page = html(this.client.get().uri("/activities/{id}", id));
		assertThat(page).contains("Meld deg på").contains("action=\"/activities/" + id + "/signups\"");
		assertThat(page).contains("value=\"2026-12-01\"").contains("2 plasser igjen");

		URI location = this.client.mutateWith(csrf())
			.post()
			.uri("/activities/{id}/signups", id)
			.body(BodyInserters.fromFormData("date", "2026-12-01").with("firstName", "Kari").with("contact", email))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.value(HttpHeaders.LOCATION, value -> assertThat(value).matches("/signups/[A-Za-z0-9_-]{43}\\?new"))
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		String token = location.getPath().substring("/signups/".length());
		assertThat(html(this.client.get().uri(location))).contains("Du har fått plass")
			.contains("Har plass")
			.contains("Meld meg av");
		List<Document> messages = outbox(email);
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).getString("subject")).isEqualTo("Du har plass: Språkkafé med påmelding");
		assertThat(messages.get(0).getString("text")).contains("Hei Kari!")
			.contains("tirsdag 1. desember kl. 18:00")
			.contains("/signups/" + token);
		assertThat(this.mongo
			.count(Query.query(Criteria.where("tokenHash").exists(true).and("contact").is(email)), "signups")
			.block()).isEqualTo(1);
		assertThat(this.mongo.count(Query.query(Criteria.where("tokenHash").is(token)), "signups").block())
			.as("the token itself is never stored")
			.isZero();
		assertThat(html(this.client.get().uri("/activities/{id}", id))).contains("1 plass igjen");

		this.client.mutateWith(csrf())
			.post()
			.uri("/signups/{token}/cancel", token)
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/signups/" + token + "?cancelled");
		assertThat(html(this.client.get().uri("/signups/{token}?cancelled", token))).contains("Du er meldt av")
			.contains("Avmeldt")
			.doesNotContain("Meld meg av</button>");
		assertThat(html(this.client.get().uri("/activities/{id}", id))).contains("2 plasser igjen");
		// Signing up again after cancelling is allowed.
		WebClientSignUps.signUp(this.client, id, LocalDate.of(2026, 12, 1), "Kari", email);
	}

	@Test
	@DisplayName("a full date puts you on the waiting list with your number, in your language, and the page says so")
	void waitingListInEnglish() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, 1);
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY, "First", first());
		String email = "waiting-" + System.nanoTime() + "@example.no";
		Map<?, ?> answer = this.client.post()
			.uri("/api/v1/activities/{id}/signups", id)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("date", "2026-12-01", "firstName", "Lina", "contact", email))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(answer.get("status")).isEqualTo("WAITING");
		assertThat(answer.get("position")).isEqualTo(1);
		assertThat(outbox(email).get(0).getString("text")).startsWith("Hi Lina!")
			.contains("number 1 on the waiting list");
		assertThat(html(this.client.get().uri("/signups/{token}?lang=en", answer.get("cancelToken"))))
			.contains("Number 1 on the waiting list")
			.contains("Take me off the waiting list");
		assertThat(html(this.client.get().uri("/activities/{id}", id))).contains("fullt, 1 på venteliste");
	}

	@Test
	@DisplayName("empty name, bad contact, past date, a date it does not happen, unknown activity: 400/404 naming the field, nothing written")
	void badInput() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, 5);
		String email = "bad-" + System.nanoTime() + "@example.no";
		expectFieldProblem(id, Map.of("date", "2026-12-01", "firstName", " ", "contact", email), "firstName");
		expectFieldProblem(id, Map.of("date", "2026-12-01", "firstName", "Kari", "contact", "not a contact"),
				"contact");
		expectFieldProblem(id, Map.of("date", "2026-11-24", "firstName", "Kari", "contact", email), "date");
		expectFieldProblem(id, Map.of("date", "2026-12-02", "firstName", "Kari", "contact", email), "date");
		expectFieldProblem(id, Map.of("date", "1. desember", "firstName", "Kari", "contact", email), "date");
		postJson(this.client, Map.of("date", "2026-12-01", "firstName", "Kari", "contact", email),
				"/api/v1/activities/{id}/signups", "no-such-activity")
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.mutateWith(csrf())
			.delete()
			.uri("/api/v1/signups/{token}", "no-such-token")
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(this.mongo.count(Query.query(Criteria.where("activityId").is(id)), "signups").block()).isZero();
		assertThat(this.mongo.count(Query.query(Criteria.where("activityId").is(id)), "signup_occurrences").block())
			.isZero();
		assertThat(outbox(email)).isEmpty();

		// The page shows the messages next to the fields, keeps what was typed, and says
		// 400.
		String page = this.client.mutateWith(csrf())
			.post()
			.uri("/activities/{id}/signups", id)
			.body(BodyInserters.fromFormData("date", "2026-11-24").with("firstName", "").with("contact", "Kari@"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Skriv fornavnet ditt.")
			.contains("Skriv et telefonnummer (8 siffer) eller en e-postadresse.")
			.contains("Denne datoen har vært.")
			.contains("aria-describedby=\"signup-firstName-error\"")
			.contains("value=\"Kari@\"");
		assertThat(this.mongo.count(Query.query(Criteria.where("activityId").is(id)), "signups").block()).isZero();

		// A drop-in activity takes no sign-ups; signing up twice is refused.
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY, "Kari", email);
		postJson(this.client, Map.of("date", "2026-12-01", "firstName", "Kari", "contact", email.toUpperCase()),
				"/api/v1/activities/{id}/signups", id)
			.expectStatus()
			.isEqualTo(409);
		postJson(this.client, Map.of("date", "2026-12-01", "firstName", "Kari", "contact", email),
				"/api/v1/activities/{id}/signups", "seed-activity-0")
			.expectStatus()
			.isEqualTo(409);
		this.client.mutateWith(csrf())
			.post()
			.uri("/activities/{id}/signups", "seed-activity-0")
			.body(BodyInserters.fromFormData("date", "2026-12-01").with("firstName", "Kari").with("contact", email))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("trenger ingen påmelding"));
	}

	@Test
	@DisplayName("an organisation sees its own activity's sign-ups; another organisation's member gets 403, its own id with another's activity 404")
	void organisationSeesOwnOnly() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, 3);
		String email = "org-" + System.nanoTime() + "@example.no";
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY, "Yonas", email);
		String path = "/organisations/" + SignUpActivities.OSLO_ORG + "/activities/" + id + "/signups";
		for (String who : List.of("frivillig-oslo", "koordinator-oslo")) {
			assertThat(html(this.client.mutateWith(Actors.as(who)).get().uri(path))).contains("Yonas").contains(email);
			this.client.mutateWith(Actors.as(who))
				.get()
				.uri("/api" + "/v1" + path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.signUps[0].firstName")
				.isEqualTo("Yonas")
				.jsonPath("$.signUps[0].status")
				.isEqualTo("CONFIRMED");
		}
		for (String who : List.of("frivillig-bodo", "koordinator-bodo")) {
			this.client.mutateWith(Actors.as(who)).get().uri(path).exchange().expectStatus().isForbidden();
			this.client.mutateWith(Actors.as(who))
				.get()
				.uri("/api/v1" + path)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectBody(String.class)
				.value(body -> assertThat(body).doesNotContain(email));
		}
		this.client.mutateWith(Actors.as("frivillig-bodo"))
			.get()
			.uri("/api/v1/organisations/" + SignUpActivities.BODO_ORG + "/activities/" + id + "/signups")
			.exchange()
			.expectStatus()
			.isNotFound();
		// The shared test store gives Oslo's organisation many listings, each card with
		// its
		// edit, withdraw and cancel-a-date links (issue 12): more than the default 64
		// KiB.
		assertThat(html(this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build()
			.mutateWith(Actors.as("frivillig-oslo"))
			.get()
			.uri("/organisations/" + SignUpActivities.OSLO_ORG))).contains(path);
	}

	@Test
	@DisplayName("the reminder job reminds each confirmed sign-up for tomorrow once, even when run twice, and no one waiting")
	void remindersOnce() {
		LocalDate tomorrow = LocalDate.of(2026, 11, 27);
		String id = SignUpActivities.oneOff(this.publishing, SignUpActivities.OSLO_ORG, tomorrow, 2);
		String stamp = Long.toString(System.nanoTime());
		List<String> people = List.of("rem1-" + stamp + "@example.no", "rem2-" + stamp + "@example.no",
				"rem3-" + stamp + "@example.no");
		people.forEach(p -> WebClientSignUps.signUp(this.client, id, tomorrow, "Ali", p));

		Long first = this.reminders.remindTomorrow().block();
		Long second = this.reminders.remindTomorrow().block();
		assertThat(first).isGreaterThanOrEqualTo(2);
		assertThat(second).isZero();
		for (int i = 0; i < people.size(); i++) {
			long reminders = outbox(people.get(i)).stream()
				.filter(m -> m.getString("subject").startsWith("Påminnelse"))
				.count();
			assertThat(reminders).as(people.get(i)).isEqualTo(i < 2 ? 1 : 0);
		}
		assertThat(outbox(people.get(0)).stream()
			.filter(m -> m.getString("subject").startsWith("Påminnelse"))
			.findFirst()
			.orElseThrow()
			.getString("text")).contains("i morgen, fredag 27. november kl. 18:00");
	}

	@Test
	@DisplayName("signed in: the form is prefilled, my sign-ups are listed, exported and erased with my account")
	void ownSignUps() {
		String email = "own" + System.nanoTime() + "@example.no";
		WebTestClient person = this.client.mutateWith(mockUser(email)).mutateWith(csrf());
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, null);
		assertThat(html(person.get().uri("/activities/{id}", id))).contains("value=\"" + email + "\"");
		person.post()
			.uri("/activities/{id}/signups", id)
			.body(BodyInserters.fromFormData("date", "2026-12-08").with("firstName", "Sara").with("contact", email))
			.exchange()
			.expectStatus()
			.isSeeOther();
		String other = Actors.newcomerSubject();
		WebClientSignUps.signUp(signedIn(this.client, other), id, SignUpActivities.NEXT_TUESDAY, "Omar",
				other + "@example.no");

		assertThat(html(person.get().uri("/me/signups"))).contains("Språkkafé med påmelding")
			.contains("tirsdag 8. desember 2026")
			.doesNotContain("Omar");
		assertThat(html(this.client.mutateWith(Actors.as(other)).get().uri("/me/signups")))
			.contains("tirsdag 1. desember 2026");
		person.get()
			.uri("/api/v1/me/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.signups.signups[0].firstName")
			.isEqualTo("Sara")
			.jsonPath("$.signups.signups[0].date")
			.isEqualTo("2026-12-08");

		person.delete().uri("/api/v1/me").exchange().expectStatus().isNoContent();
		assertThat(this.mongo.count(Query.query(Criteria.where("contact").is(email)), "signups").block()).isZero();
		assertThat(this.mongo
			.count(Query.query(Criteria.where("firstName").is("Sara").and("activityId").is(id)), "signups")
			.block()).isZero();
		assertThat(this.mongo
			.count(Query.query(Criteria.where("activityId").is(id).and("status").is("CONFIRMED")), "signups")
			.block()).as("the place still counts, anonymously").isEqualTo(2);
	}

	private void expectFieldProblem(String activityId, Map<String, String> body, String field) {
		postJson(this.client, body, "/api/v1/activities/{id}/signups", activityId).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private String first() {
		return "first-" + System.nanoTime() + "@example.no";
	}

	private String html(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	private List<Document> outbox(String recipient) {
		return this.mongo.find(Query.query(Criteria.where("recipient").is(recipient)), Document.class, "outbox")
			.collectList()
			.block();
	}

}
