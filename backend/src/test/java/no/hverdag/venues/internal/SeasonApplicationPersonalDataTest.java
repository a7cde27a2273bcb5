package no.hverdag.venues.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.booking.Holder;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.venues.Season;
import no.hverdag.venues.SeasonApplication;
import no.hverdag.venues.SeasonRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person who applied for season time on behalf of an organisation finds the
 * application in their export; deleting their data, or the retention period after the
 * season, leaves the organisation's application without their name or contact point.
 */
@HverdagIntegrationTest
class SeasonApplicationPersonalDataTest {

	static final String SCHOOL = "seed-venue-bodo-school";

	static final String RODE_KORS = "seed-org-bodo-rode-kors";

	@Autowired
	WebTestClient client;

	@Autowired
	AccessControl accessControl;

	@Autowired
	SeasonStore seasons;

	@Autowired
	SeasonApplicationPersonalData personalData;

	@Autowired
	ReactiveMongoTemplate mongo;

	final List<String> seasonIds = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.mongo.remove(Query.query(Criteria.where("seasonId").in(this.seasonIds)), SeasonStore.APPLICATIONS).block();
		this.mongo.remove(Query.query(Criteria.where("_id").in(this.seasonIds)), SeasonStore.SEASONS).block();
	}

	@Test
	@DisplayName("the export holds the season application; deleting my data anonymises it, the application stays")
	void exportThenErase() {
		String subject = Actors.newcomerSubject();
		String contact = subject + "@example.no";
		this.accessControl
			.importAssignment(new RoleAssignment(Actors.ISSUER, subject, Role.ORGANISATION_MEMBER, RODE_KORS))
			.block();
		String season = idOf(postJson(signedIn(this.client, "koordinator-bodo"),
				Map.of("municipality", "1804", "name", "Personvern " + subject, "firstDay", "2027-05-03", "weeks", 4),
				"/api/v1/seasons"));
		this.seasonIds.add(season);
		Map<String, Object> json = new HashMap<>();
		json.put("organisation", RODE_KORS);
		json.put("place", SCHOOL + "|gym");
		json.put("weekday", "MONDAY");
		json.put("from", "17:00");
		json.put("minutes", 60);
		json.put("weeks", 4);
		json.put("participants", 20);
		json.put("serves", "CHILDREN_AND_YOUTH");
		json.put("contact", contact);
		String application = idOf(
				postJson(signedIn(this.client, subject), json, "/api/v1/seasons/" + season + "/applications"));

		WebTestClient person = signedIn(this.client, subject);
		person.get()
			.uri("/api/v1/me/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.seasonApplications.seasonApplications.length()")
			.isEqualTo(1)
			.jsonPath("$.seasonApplications.seasonApplications[0].contact")
			.isEqualTo(contact)
			.jsonPath("$.seasonApplications.seasonApplications[0].name")
			.isEqualTo("Test " + subject)
			.jsonPath("$.seasonApplications.seasonApplications[0].weekday")
			.isEqualTo("MONDAY");

		person.delete().uri("/api/v1/me").exchange().expectStatus().isNoContent();

		SeasonApplication after = this.seasons.application(application).block();
		assertThat(after).as("the organisation's application stays").isNotNull();
		assertThat(after.holder().isAnonymous()).isTrue();
		assertThat(after.holder().contact()).isEmpty();
		assertThat(after.holder().name()).isEmpty();
		assertThat(this.mongo.findById(application, org.bson.Document.class, SeasonStore.APPLICATIONS).block().toJson())
			.doesNotContain(contact)
			.doesNotContain(subject);
		person.get()
			.uri("/api/v1/me/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.seasonApplications.seasonApplications.length()")
			.isEqualTo(0);
	}

	@Test
	@DisplayName("retention anonymises applicants of a season that ended long ago, not of a coming one")
	void retention() {
		String old = insertSeason(LocalDate.now().minusYears(1));
		String coming = insertSeason(LocalDate.now().plusMonths(2));
		String oldApplication = insertApplication(old, "gammel@example.no");
		String comingApplication = insertApplication(coming, "ny@example.no");

		assertThat(this.personalData.applyRetention().block()).isGreaterThanOrEqualTo(1L);

		assertThat(this.seasons.application(oldApplication).block().holder().isAnonymous()).isTrue();
		assertThat(this.seasons.application(oldApplication).block().holder().contact()).isEmpty();
		Holder kept = this.seasons.application(comingApplication).block().holder();
		assertThat(kept.contact()).isEqualTo("ny@example.no");
	}

	private String insertSeason(LocalDate firstDay) {
		String id = "retention-season-" + UUID.randomUUID();
		this.seasons
			.insert(new Season(id, "1804", "Gammel", firstDay, 4, Season.Status.PUBLISHED, null, null, Instant.now()))
			.block();
		this.seasonIds.add(id);
		return id;
	}

	private String insertApplication(String season, String contact) {
		String id = UUID.randomUUID().toString();
		this.seasons
			.insert(new SeasonApplication(id, season, RODE_KORS, "Røde Kors", SCHOOL, "gym", DayOfWeek.MONDAY,
					LocalTime.of(17, 0), 60, 4, 20, SeasonRequest.PriorityClass.CHILDREN_AND_YOUTH,
					new Holder(Actors.ISSUER, "retention-" + id, "Ola", contact), "nb",
					SeasonApplication.Adjustment.NONE, null, null, null, null, null, null, Instant.now(), null))
			.block();
		return id;
	}

	static String idOf(WebTestClient.ResponseSpec spec) {
		return spec.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

}
