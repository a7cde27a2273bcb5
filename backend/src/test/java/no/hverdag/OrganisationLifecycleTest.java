package no.hverdag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.activities.ListingLifecycle;
import no.hverdag.shared.StartupStep;
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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Issue 12, organisation lifecycle, through pages and the API: an organisation edits,
 * withdraws and cancels a date of its listing (everyone signed up is told in their
 * language); edits its details; a visitor reports a listing; the coordinator unpublishes
 * it with a reason the organisation sees, the organisation resubmits, the coordinator
 * publishes again, now or at a time. Bad input gets a clear answer and writes nothing.
 */
@HverdagIntegrationTest
class OrganisationLifecycleTest {

	static final String ORG = SignUpActivities.OSLO_ORG;

	static final String MEMBER = "frivillig-oslo";

	static final String COORDINATOR = "koordinator-oslo";

	@Autowired
	WebTestClient client;

	@Autowired
	ActivityPublishing publishing;

	@Autowired
	ListingLifecycle lifecycle;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("an organisation edits a published listing on the page: sign-ups stay, the search follows, "
			+ "the audit log names it")
	void editOnThePage() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY, "Kari", email("kari"));
		String page = html(as(MEMBER).get().uri("/organisations/{o}/activities/{a}/edit", ORG, id));
		assertThat(page).contains("Språkkafé med påmelding").contains("name=\"topics\"");

		MultiValueMap<String, String> form = form("Sjakkafé Ullevålsveien");
		form.add("topics", "CHESS");
		as(MEMBER).post()
			.uri("/organisations/{o}/activities/{a}/edit", ORG, id)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/organisations/" + ORG + "?edited");

		assertThat(html(this.client.get().uri("/activities/{id}", id))).contains("Sjakkafé Ullevålsveien")
			.contains("sjakk");
		assertThat(this.mongo.count(signUpsOf(id, "CONFIRMED"), "signups").block()).isEqualTo(1);
		assertThat(json(this.client.get().uri("/api/v1/activities?q=Ullevålsveien")).get("total")).isEqualTo(1);
		assertThat(auditTargets("ACTIVITY_EDITED")).contains("Sjakkafé Ullevålsveien – Grünerløkka Frivilligsentral");
	}

	@Test
	@DisplayName("a bad edit on the page is shown inline in the user's language and writes nothing")
	void badEditWritesNothing() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		MultiValueMap<String, String> form = form("");
		form.set("start", "25:99");
		String page = as(MEMBER).post()
			.uri("/organisations/{o}/activities/{a}/edit?lang=en", ORG, id)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("error-summary").contains("Title");
		assertThat(json(this.client.get().uri("/api/v1/activities/{id}", id)).get("title"))
			.isEqualTo("Språkkafé med påmelding");
	}

	@Test
	@DisplayName("PUT and PATCH edit a listing through the API; an unknown field or a bad value is a problem "
			+ "naming the field")
	void editThroughTheApi() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		Map<String, Object> whole = new HashMap<>(FoundationJourneyTest.cafe("Strikkekafé"));
		whole.put("municipality", "0301");
		whole.put("topics", List.of("KNITTING"));
		Map<?, ?> put = json(as(MEMBER).put()
			.uri("/api/v1/activities/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(whole));
		assertThat(put.get("title")).isEqualTo("Strikkekafé på biblioteket");
		assertThat(put.get("topics")).isEqualTo(List.of("KNITTING"));

		Map<?, ?> patched = json(as(MEMBER).patch()
			.uri("/api/v1/activities/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "Strikk og prat")));
		assertThat(patched.get("title")).isEqualTo("Strikk og prat");
		assertThat(patched.get("topics")).as("the rest stays").isEqualTo(List.of("KNITTING"));

		problem(as(MEMBER).patch()
			.uri("/api/v1/activities/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("colour", "red")), "colour");
		problem(as(MEMBER).patch()
			.uri("/api/v1/activities/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "")), "title");
		problem(as(MEMBER).patch()
			.uri("/api/v1/activities/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("topics", List.of("ASTROLOGY"))), "topics");
		assertThat(json(this.client.get().uri("/api/v1/activities/{id}", id)).get("title")).isEqualTo("Strikk og prat");
		// Someone else's organisation may not.
		as("frivillig-bodo").patch()
			.uri("/api/v1/activities/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "Kapret"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	@DisplayName("withdrawing asks for a ticked confirmation without JavaScript, then takes the listing down")
	void withdraw() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		assertThat(html(as(MEMBER).get().uri("/organisations/{o}/activities/{a}/withdraw", ORG, id)))
			.contains("name=\"confirm\"");
		String refused = as(MEMBER).post()
			.uri("/organisations/{o}/activities/{a}/withdraw", ORG, id)
			.body(BodyInserters.fromFormData(new LinkedMultiValueMap<>()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("Kryss av for å bekrefte");
		this.client.get().uri("/activities/{id}", id).exchange().expectStatus().isOk();

		withdrawConfirmed(id);
		this.client.get().uri("/activities/{id}", id).exchange().expectStatus().isNotFound();
		assertThat(html(as(MEMBER).get().uri("/organisations/{o}", ORG))).contains("Trukket tilbake");
		assertThat(auditTargets("ACTIVITY_WITHDRAWN"))
			.contains("Språkkafé med påmelding – Grünerløkka Frivilligsentral");
	}

	@Test
	@DisplayName("withdrawing a listing tells everyone signed up for its coming dates and ends their sign-ups")
	void withdrawTellsEveryoneSignedUp() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 1);
		String kari = email("kari");
		String omar = email("omar");
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY, "Kari", kari);
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY, "Omar", omar);
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY.plusWeeks(1), "Kari", kari);

		withdrawConfirmed(id);

		assertThat(this.mongo.count(signUpsOf(id, "CANCELLED"), "signups").block()).isEqualTo(3);
		assertThat(outbox(kari).stream().filter(m -> m.getString("text").contains("avlyst"))).hasSize(2);
		assertThat(outbox(omar).stream().filter(m -> m.getString("text").contains("avlyst"))).hasSize(1);
		assertThat(agenda("WITHDRAWAL", id).getDate("due").toInstant()).as("followed up again for two days")
			.isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
		// Running the follow-up again, as the minutely recovery does, tells nobody twice;
		// after its last time the entry goes.
		putOnAgenda("WITHDRAWAL", id, Instant.parse("2026-11-26T07:00:00Z"));
		assertThat(this.lifecycle.followUpWithdrawals(true).block()).isZero();
		assertThat(outbox(kari).stream().filter(m -> m.getString("text").contains("avlyst"))).hasSize(2);
		assertThat(agenda("WITHDRAWAL", id)).isNull();
	}

	@Test
	@DisplayName("a sign-up that raced a withdrawal is cancelled, and told, by the next follow-up")
	void signUpRacingAWithdrawal() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		String kari = email("kari");
		withdrawConfirmed(id);
		// A sign-up that saw the listing published and wrote after the withdrawal's
		// follow-up: as if the listing were still published for its request.
		setState(id, "PUBLISHED");
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY, "Kari", kari);
		setState(id, "WITHDRAWN");
		assertThat(this.mongo.count(signUpsOf(id, "CONFIRMED"), "signups").block()).isEqualTo(1);

		// The minutely recovery, once the entry is settled (written over two minutes
		// ago).
		putOnAgenda("WITHDRAWAL", id, Instant.parse("2026-11-28T08:00:00Z"));
		assertThat(this.lifecycle.followUpWithdrawals(true).block()).isEqualTo(1);

		assertThat(this.mongo.count(signUpsOf(id, "CANCELLED"), "signups").block()).isEqualTo(1);
		assertThat(outbox(kari).stream().filter(m -> m.getString("text").contains("avlyst"))).hasSize(1);
		assertThat(agenda("WITHDRAWAL", id)).as("kept until two days after the withdrawal").isNotNull();
	}

	@Test
	@DisplayName("the agenda leaves an entry written moments ago alone: a request may be between its writes")
	void freshEntriesAreLeftAlone() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		// Due, but the listing is published, not scheduled: a crash, or a request in
		// flight.
		putOnAgenda("PUBLICATION", id, Instant.parse("2026-11-26T07:00:00Z"), Instant.parse("2026-11-26T08:00:00Z"));
		this.lifecycle.publishDue().block();
		assertThat(agenda("PUBLICATION", id)).as("written now: left alone").isNotNull();
		putOnAgenda("WITHDRAWAL", id, Instant.parse("2026-11-26T07:00:00Z"), Instant.parse("2026-11-26T08:00:00Z"));
		this.lifecycle.followUpWithdrawals(true).block();
		assertThat(agenda("WITHDRAWAL", id)).as("written now: left alone").isNotNull();

		putOnAgenda("PUBLICATION", id, Instant.parse("2026-11-26T07:00:00Z"));
		putOnAgenda("WITHDRAWAL", id, Instant.parse("2026-11-26T07:00:00Z"));
		this.lifecycle.publishDue().block();
		this.lifecycle.followUpWithdrawals(true).block();
		assertThat(agenda("PUBLICATION", id)).as("settled and not needed: dropped").isNull();
		assertThat(agenda("WITHDRAWAL", id)).as("settled and not needed: dropped").isNull();
		this.client.get().uri("/activities/{id}", id).exchange().expectStatus().isOk();
	}

	/** The organisation withdraws the listing on its page, confirming. */
	private void withdrawConfirmed(String id) {
		as(MEMBER).post()
			.uri("/organisations/{o}/activities/{a}/withdraw", ORG, id)
			.body(BodyInserters.fromFormData("confirm", "yes"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
	}

	private void setState(String id, String state) {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("state", state), "activities")
			.block();
	}

	@Test
	@DisplayName("a crash between withdrawing and telling people is finished by the recovery at start")
	void withdrawRecoversAfterACrash() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		String kari = email("kari");
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY, "Kari", kari);
		// The store's writes of a withdrawal (the agenda, then the listing), then the
		// process died before anyone was told.
		this.context.getBean(no.hverdag.activities.internal.ActivityStore.class)
			.withdraw(id, List.of(no.hverdag.activities.ListingState.PUBLISHED), Instant.parse("2026-11-26T07:00:00Z"))
			.block();
		assertThat(agenda("WITHDRAWAL", id)).as("on the agenda until followed up").isNotNull();
		// Another died between its two writes: on the agenda, never withdrawn.
		String kept = SignUpActivities.weekly(this.publishing, ORG, 5);
		WebClientSignUps.signUp(this.client, kept, SignUpActivities.NEXT_TUESDAY, "Kari", kari);
		putOnAgenda("WITHDRAWAL", kept, Instant.parse("2026-11-26T07:00:00Z"));
		assertThat(this.mongo.count(signUpsOf(id, "CONFIRMED"), "signups").block()).isEqualTo(1);

		step("WithdrawalRecovery").start();

		assertThat(this.mongo.count(signUpsOf(id, "CANCELLED"), "signups").block()).isEqualTo(1);
		assertThat(outbox(kari).stream().filter(m -> m.getString("text").contains("avlyst"))).hasSize(1);
		assertThat(agenda("WITHDRAWAL", id)).as("followed up again until two days after").isNotNull();
		assertThat(this.mongo.count(signUpsOf(kept, "CONFIRMED"), "signups").block())
			.as("a listing never withdrawn keeps its people")
			.isEqualTo(1);
		assertThat(agenda("WITHDRAWAL", kept)).as("and its entry is dropped").isNull();
	}

	/**
	 * Time passes (the clock is fixed: the stored times are moved into the past); the
	 * next pass publishes the listing, found through the agenda, and takes it off the
	 * agenda.
	 */
	private void publishedWhenItsTimeComes(String id) {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)),
					new Update().set("publishAt", Instant.parse("2026-11-26T07:59:00Z")), "activities")
			.block();
		putOnAgenda("PUBLICATION", id, Instant.parse("2026-11-26T07:59:00Z"));
		assertThat(this.lifecycle.publishDue().block()).isGreaterThanOrEqualTo(1);
		this.client.get().uri("/activities/{id}", id).exchange().expectStatus().isOk();
		assertThat(agenda("PUBLICATION", id)).as("published, so off the agenda").isNull();
	}

	private StartupStep step(String name) {
		return this.context.getBeansOfType(StartupStep.class)
			.values()
			.stream()
			.filter(step -> step.getClass().getSimpleName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/** The entry of the listings' agenda (ADR 0027) for a listing, if any. */
	private Document agenda(String kind, String id) {
		return this.mongo.findById(kind + ":" + id, Document.class, "listing_agenda").block();
	}

	/** An entry as the application writes it, at a time long enough ago to be settled. */
	private void putOnAgenda(String kind, String id, Instant due) {
		putOnAgenda(kind, id, due, Instant.parse("2026-11-25T07:00:00Z"));
	}

	private void putOnAgenda(String kind, String id, Instant due, Instant writtenAt) {
		this.mongo
			.save(new Document("_id", kind + ":" + id).append("kind", kind)
				.append("activityId", id)
				.append("due", java.util.Date.from(due))
				.append("writtenAt", java.util.Date.from(writtenAt)), "listing_agenda")
			.block();
	}

	@Test
	@DisplayName("cancelling one date tells everyone signed up and waiting, each in their language, and ends "
			+ "their sign-ups; the date is gone")
	void cancelOneDate() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 1);
		String kari = email("kari");
		String omar = email("omar");
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY, "Kari", kari);
		this.client.post()
			.uri("/api/v1/activities/{id}/signups", id)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ar")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("date", "2026-12-01", "firstName", "Omar", "contact", omar))
			.exchange()
			.expectStatus()
			.isCreated();

		String confirm = html(
				as(MEMBER).get().uri("/organisations/{o}/activities/{a}/occurrences/2026-12-01/cancel", ORG, id));
		assertThat(confirm).contains("2 påmeldte og ventende");
		// Not confirmed: nothing happens.
		as(MEMBER).post()
			.uri("/organisations/{o}/activities/{a}/occurrences/2026-12-01/cancel", ORG, id)
			.body(BodyInserters.fromFormData("reason", "Lokalet er stengt"))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(outbox(kari)).hasSize(1);

		as(MEMBER).post()
			.uri("/organisations/{o}/activities/{a}/occurrences/2026-12-01/cancel", ORG, id)
			.body(BodyInserters.fromFormData("reason", "Lokalet er stengt").with("confirm", "yes"))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/organisations/" + ORG + "?cancelled=2");

		assertThat(outbox(kari)).hasSize(2);
		assertThat(outbox(kari).get(1).getString("text")).startsWith("Hei Kari!")
			.contains("avlyst")
			.contains("Lokalet er stengt");
		assertThat(outbox(omar).get(outbox(omar).size() - 1).getString("text")).startsWith("مرحبًا Omar")
			.contains("أُلغي");
		assertThat(this.mongo.count(signUpsOf(id, "CANCELLED"), "signups").block()).isEqualTo(2);
		Map<?, ?> listing = json(this.client.get().uri("/api/v1/activities/{id}", id));
		assertThat(listing.get("cancelledDates")).isEqualTo(List.of("2026-12-01"));
		assertThat(listing.get("occurrences").toString()).doesNotContain("2026-12-01");
		// Signing up for the cancelled date is refused.
		this.client.post()
			.uri("/api/v1/activities/{id}/signups", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("date", "2026-12-01", "firstName", "Sen", "contact", email("sen")))
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(auditDetails("OCCURRENCE_CANCELLED")).contains("2026-12-01: Lokalet er stengt");
	}

	@Test
	@DisplayName("a crash after the cancel's intent is finished at the next start, and nobody is told twice")
	void cancelRecoversAfterACrash() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		String kari = email("kari");
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY, "Kari", kari);
		// The intent was written, then the process died.
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id + "@2026-12-01")),
				new Update().set("cancelledAt", Instant.parse("2026-11-26T07:00:00Z"))
					.set("cancelReason", "Storm")
					.set("cancelUnfinished", true),
				"signup_occurrences")
			.block();
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY.plusWeeks(1), "Kari", kari);
		startupRecovery().block();
		startupRecovery().block();
		assertThat(outbox(kari).stream().filter(m -> m.getString("text").contains("avlyst"))).hasSize(1);
		assertThat(this.mongo.count(signUpsOf(id, "CANCELLED"), "signups").block()).isEqualTo(1);
		assertThat(json(this.client.get().uri("/api/v1/activities/{id}", id)).get("cancelledDates"))
			.isEqualTo(List.of("2026-12-01"));
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	/** The recovery as it runs at start (its start-up step). */
	private reactor.core.publisher.Mono<?> startupRecovery() {
		no.hverdag.signups.OccurrenceCancellations cancellations = this.context
			.getBean(no.hverdag.signups.OccurrenceCancellations.class);
		return this.mongo
			.find(Query.query(Criteria.where("cancelUnfinished").is(true)), Document.class, "signup_occurrences")
			.concatMap(occurrence -> cancellations.finish(occurrence.getString("_id")))
			.then();
	}

	@Test
	@DisplayName("cancelling a date that is not one of the listing's coming dates is refused, naming the date")
	void cancelABadDate() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		problem(as(MEMBER).post()
			.uri("/api/v1/activities/{id}/occurrences/2026-12-02/cancellation", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of()), "date");
		problem(as(MEMBER).post()
			.uri("/api/v1/activities/{id}/occurrences/not-a-date/cancellation", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of()), "date");
		assertThat(this.mongo.count(Query.query(Criteria.where("_id").is(id + "@2026-12-02")), "signup_occurrences")
			.block()).isZero();
	}

	@Test
	@DisplayName("an organisation edits its details on the page and through the API; bad input writes nothing; "
			+ "audited by name")
	void editDetails() {
		String org = registered();
		assertThat(html(as("lifecycle-registrant").get().uri("/organisations/{o}/details", org)))
			.contains("Livssyklus forening");
		String refused = as("lifecycle-registrant").post()
			.uri("/organisations/{o}/details?lang=ar", org)
			.body(BodyInserters.fromFormData(details("Livssyklus forening", "ikke-en-epost", "ar")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("error-summary").contains("dir=\"rtl\"");
		as("lifecycle-registrant").post()
			.uri("/organisations/{o}/details", org)
			.body(BodyInserters.fromFormData(details("Livssyklus lag", "ny@example.no", "ar")))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		Map<?, ?> read = json(as("lifecycle-registrant").get().uri("/api/v1/organisations/{o}", org));
		assertThat(read.get("name")).isEqualTo("Livssyklus lag");
		assertThat(read.get("language")).isEqualTo("ar");
		problem(as("lifecycle-registrant").put()
			.uri("/api/v1/organisations/{o}", org)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "", "contactName", "Ada", "contactEmail", "ada@example.no", "description", "Om",
					"messageLanguage", "nb")),
				"name");
		assertThat(auditTargets("ORGANISATION_EDITED")).contains("Livssyklus lag");
	}

	@Test
	@DisplayName("a visitor reports a listing; the coordinator dismisses one report and unpublishes after another; "
			+ "the organisation sees the reason, resubmits, and the coordinator publishes it again")
	void reportUnpublishResubmitRepublish() {
		String id = SignUpActivities.weekly(this.publishing, ORG, 5);
		assertThat(html(this.client.get().uri("/activities/{id}", id))).contains("/activities/" + id + "/report");
		// Bad input: no category.
		String bad = this.client.mutateWith(csrf())
			.post()
			.uri("/activities/{id}/report", id)
			.body(BodyInserters.fromFormData("note", "Hm"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(bad).contains("Velg hva som er galt");
		this.client.mutateWith(csrf())
			.post()
			.uri("/activities/{id}/report", id)
			.body(BodyInserters.fromFormData("category", "SPAM").with("note", "Reklame for et firma"))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/activities/" + id + "/report?sent");
		assertThat(html(this.client.get().uri("/activities/{id}/report?sent", id))).contains("Takk for at du sa fra");
		this.client.post()
			.uri("/api/v1/activities/{id}/reports", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("category", "WRONG_INFORMATION"))
			.exchange()
			.expectStatus()
			.isCreated();
		problem(this.client.post()
			.uri("/api/v1/activities/{id}/reports", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("category", "BORING")), "category");

		List<?> reports = as(COORDINATOR).get()
			.uri("/api/v1/moderation/reports")
			.exchange()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		List<Map<?, ?>> mine = reports.stream()
			.<Map<?, ?>>map(r -> (Map<?, ?>) r)
			.filter(r -> id.equals(r.get("activityId")))
			.toList();
		assertThat(mine).hasSize(2);
		assertThat(html(as(COORDINATOR).get().uri("/coordinator/listings"))).contains("Reklame for et firma");
		as("koordinator-bodo").post()
			.uri("/api/v1/moderation/reports/{r}/dismissal", mine.get(0).get("id"))
			.exchange()
			.expectStatus()
			.isForbidden();
		json(as(COORDINATOR).post().uri("/api/v1/moderation/reports/{r}/dismissal", mine.get(0).get("id")));

		// Unpublish: a reason and a ticked box are needed.
		String noReason = as(COORDINATOR).post()
			.uri("/coordinator/activities/{id}/unpublish", id)
			.body(BodyInserters.fromFormData("confirm", "yes"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(noReason).contains("Skriv en begrunnelse");
		this.client.get().uri("/activities/{id}", id).exchange().expectStatus().isOk();
		as(COORDINATOR).post()
			.uri("/coordinator/activities/{id}/unpublish", id)
			.body(BodyInserters.fromFormData("reason", "Oppgi riktig adresse").with("confirm", "yes"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		this.client.get().uri("/activities/{id}", id).exchange().expectStatus().isNotFound();
		assertThat(json(this.client.get().uri("/api/v1/activities?q=påmelding&size=100")).toString())
			.doesNotContain(id);
		assertThat(html(as(MEMBER).get().uri("/organisations/{o}", ORG))).contains("Oppgi riktig adresse")
			.contains("Avpublisert av koordinatoren");
		assertThat(outbox("grunerlokka.frivilligsentral@example.no").stream()
			.anyMatch(m -> m.getString("text").contains("Oppgi riktig adresse"))).isTrue();
		assertThat(auditDetails("ACTIVITY_UNPUBLISHED")).contains("Oppgi riktig adresse");

		// The organisation fixes it and resubmits; the coordinator publishes it at a set
		// time.
		as(MEMBER).post()
			.uri("/organisations/{o}/activities/{a}/resubmit", ORG, id)
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		assertThat(html(as(COORDINATOR).get().uri("/coordinator/listings"))).contains("Oppgi riktig adresse");
		Map<?, ?> scheduled = json(as(COORDINATOR).post()
			.uri("/api/v1/activities/{id}/republishing", id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("publishAt", "2026-11-26T12:00:00Z")));
		assertThat(scheduled.get("state")).isEqualTo("SCHEDULED");
		this.client.get().uri("/activities/{id}", id).exchange().expectStatus().isNotFound();
		assertThat(agenda("PUBLICATION", id).getDate("due").toInstant())
			.isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
		assertThat(this.lifecycle.publishDue().block()).as("not yet").isZero();
		publishedWhenItsTimeComes(id);
		assertThat(auditTargets("ACTIVITY_PUBLISHED_AS_SCHEDULED"))
			.contains("Språkkafé med påmelding – Grünerløkka Frivilligsentral");
	}

	@Test
	@DisplayName("an organisation schedules a new listing: hidden until its time, then published")
	void scheduledByTheOrganisation() {
		Map<String, Object> cafe = new HashMap<>(FoundationJourneyTest.cafe("Planlagt"));
		cafe.put("municipality", "0301");
		cafe.put("publishAt", "2026-12-24T10:00");
		Map<?, ?> posted = json(as(MEMBER).post()
			.uri("/api/v1/organisations/{o}/activities", ORG)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(cafe));
		assertThat(posted.get("state")).isEqualTo("SCHEDULED");
		assertThat(posted.get("publishAt")).isEqualTo("2026-12-24T09:00:00Z");
		this.client.get().uri("/activities/{id}", posted.get("id")).exchange().expectStatus().isNotFound();
		String id = (String) posted.get("id");
		assertThat(agenda("PUBLICATION", id).getDate("due").toInstant())
			.isEqualTo(Instant.parse("2026-12-24T09:00:00Z"));
		publishedWhenItsTimeComes(id);
		cafe.put("publishAt", "julaften");
		problem(as(MEMBER).post()
			.uri("/api/v1/organisations/{o}/activities", ORG)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(cafe), "publishAt");
	}

	@Test
	@DisplayName("a listing scheduled before there was an agenda is put on it once, and an entry too early is "
			+ "moved to the listing's time instead of publishing it early")
	void scheduledBeforeTheAgenda() {
		Map<String, Object> cafe = new HashMap<>(FoundationJourneyTest.cafe("Planlagt før agendaen"));
		cafe.put("municipality", "0301");
		cafe.put("publishAt", "2026-12-24T10:00");
		String id = (String) json(as(MEMBER).post()
			.uri("/api/v1/organisations/{o}/activities", ORG)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(cafe)).get("id");
		// As a store from before the agenda: the listing scheduled, no entry, no mark.
		this.mongo.remove(Query.query(Criteria.where("_id").is("PUBLICATION:" + id)), "listing_agenda").block();
		this.mongo.remove(Query.query(Criteria.where("_id").is("listing-agenda-publications")), "startup_marks")
			.block();

		step("ScheduledPublications").start();

		assertThat(agenda("PUBLICATION", id)).as("put on the agenda at start").isNotNull();
		assertThat(agenda("PUBLICATION", id).getDate("due").toInstant())
			.isEqualTo(Instant.parse("2026-12-24T09:00:00Z"));

		// An entry due too early: a crash between the agenda's write and the listing's.
		putOnAgenda("PUBLICATION", id, Instant.parse("2026-11-26T07:00:00Z"));
		this.lifecycle.publishDue().block();
		this.client.get().uri("/activities/{id}", id).exchange().expectStatus().isNotFound();
		assertThat(agenda("PUBLICATION", id).getDate("due").toInstant()).as("moved to the listing's own time")
			.isEqualTo(Instant.parse("2026-12-24T09:00:00Z"));
	}

	private String registered() {
		Map<?, ?> created = json(as("lifecycle-registrant").post()
			.uri("/api/v1/organisations")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Livssyklus forening", "organisationNumber",
					no.hverdag.support.OrganisationNumbers.fresh(), "municipality", "0301", "contactName", "Ada",
					"contactEmail", "ada@example.no", "description", "Vi prøver ting.")));
		return (String) created.get("id");
	}

	private static MultiValueMap<String, String> details(String name, String email, String language) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("contactName", "Ada");
		form.add("contactEmail", email);
		form.add("description", "Vi prøver ting.");
		form.add("messageLanguage", language);
		return form;
	}

	private static MultiValueMap<String, String> form(String title) {
		MultiValueMap<String, String> form = FoundationJourneyTest.cafeForm("x");
		form.set("title", title);
		form.set("municipality", "0301");
		form.set("placeName", "Deichman Grünerløkka");
		form.set("signUpRequired", "true");
		form.set("capacity", "5");
		return form;
	}

	private WebTestClient as(String subject) {
		return this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build()
			.mutateWith(Actors.as(subject))
			.mutateWith(csrf());
	}

	private static String email(String name) {
		return name + "-" + System.nanoTime() + "@example.no";
	}

	private static Query signUpsOf(String activityId, String status) {
		return Query.query(Criteria.where("activityId").is(activityId).and("status").is(status));
	}

	private List<Document> outbox(String recipient) {
		return this.mongo.find(Query.query(Criteria.where("recipient").is(recipient)), Document.class, "outbox")
			.collectList()
			.block();
	}

	private List<String> auditTargets(String action) {
		return this.mongo.find(Query.query(Criteria.where("action").is(action)), Document.class, "audit_log")
			.map(d -> String.valueOf(d.get("target")))
			.collectList()
			.block();
	}

	private List<String> auditDetails(String action) {
		return this.mongo.find(Query.query(Criteria.where("action").is(action)), Document.class, "audit_log")
			.map(d -> String.valueOf(d.get("detail")))
			.collectList()
			.block();
	}

	private static String html(WebTestClient.RequestHeadersSpec<?> request) {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(
				request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
	}

	private static Map<?, ?> json(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange()
			.expectStatus()
			.is2xxSuccessful()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static void problem(WebTestClient.RequestHeadersSpec<?> request, String field) {
		request.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("\"" + field + "\""));
	}

}
