package no.hverdag.security;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.OrganisationNumbers;
import no.hverdag.support.Requests;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Issue 10, finding 6: "delete my data" ends every session of the person, keeps audit
 * facts under a pseudonym, withdraws what they offered, and flags the organisation that
 * lost its contact; afterwards every collection is searched for them.
 */
@HverdagIntegrationTest
class ErasureTest {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("deleting my data in one browser ends my session in the other at once")
	void everySessionEnds() {
		String email = "two-browsers" + System.nanoTime() + "@example.no";
		String phone = signIn(email);
		String laptop = signIn(email);
		assertThat(phone).isNotEqualTo(laptop);
		this.client.get().uri("/me").cookie("SESSION", laptop).exchange().expectStatus().isOk();

		this.client.mutateWith(csrf())
			.delete()
			.uri("/api/v1/me")
			.cookie("SESSION", phone)
			.exchange()
			.expectStatus()
			.isNoContent();

		this.client.get()
			.uri("/me")
			.cookie("SESSION", laptop)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals("Location", "/login");
		assertThat(this.mongo.count(Query.query(Criteria.where("principal").is(email)), "web_sessions").block())
			.isZero();
	}

	@Test
	@DisplayName("after erasure no collection names the person; audit facts stay under a pseudonym, the offer is withdrawn, the organisation is flagged")
	void noTraceLeft() {
		String person = Actors.newcomerSubject();
		String name = "Test " + person;
		String firstName = "Vera" + System.nanoTime();
		WebTestClient asPerson = Requests.signedIn(this.client, person);

		// A volunteer offer, approved: listed as a person to borrow.
		MultiValueMap<String, String> offer = new LinkedMultiValueMap<>();
		offer.add("firstName", firstName);
		offer.add("topics", "knitting");
		offer.add("languages", "no");
		offer.add("presentation", "Jeg strikker.");
		offer.add("libraries", "seed-library-stormen");
		asPerson.post()
			.uri("/volunteer/offers")
			.body(BodyInserters.fromFormData(offer))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER);
		String offerId = Requests.signedIn(this.client, "bibliotek-stormen")
			.get()
			.uri("/api/v1/libraries/seed-library-stormen/offers")
			.exchange()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.filter(o -> firstName.equals(o.get("firstName")))
			.findFirst()
			.orElseThrow()
			.get("id")
			.toString();
		Requests.signedIn(this.client, "bibliotek-stormen")
			.post()
			.uri("/api/v1/offers/{id}/approval", offerId)
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		assertThat(peopleToBorrowNamed(firstName)).isOne();

		// An organisation with the person as its contact.
		String organisationId = postJson(asPerson,
				Map.of("name", "Kontaktløs forening " + System.nanoTime(), "organisationNumber",
						OrganisationNumbers.fresh(), "municipality", "4003", "contactName", name, "contactEmail",
						"contact" + System.nanoTime() + "@example.no", "description", "Vi mister kontakten."),
				"/api/v1/organisations")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();

		// Named in the audit log as a target (a role granted) and as an actor (a
		// decision).
		postJson(Requests.signedIn(this.client, "admin"),
				Map.of("issuer", Actors.ISSUER, "subject", person, "municipality", "4003"), "/api/v1/coordinators")
			.expectStatus()
			.isCreated();
		asPerson.post()
			.uri("/api/v1/organisations/{id}/approval", organisationId)
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		assertThat(collectionsMentioning(person)).contains("audit_log", "organisations", "volunteer_offers");
		long auditEntries = this.mongo.count(new Query(), "audit_log").block();

		asPerson.delete().uri("/api/v1/me").exchange().expectStatus().isNoContent();

		assertThat(collectionsMentioning(person)).as("collections naming the person").isEmpty();
		assertThat(collectionsMentioning(firstName)).as("collections naming the volunteer").isEmpty();
		assertThat(peopleToBorrowNamed(firstName)).as("still listed").isZero();
		assertThat(this.mongo.count(new Query(), "audit_log").block()).as("audit facts kept, one flag added")
			.isEqualTo(auditEntries + 1);
		List<Document> pseudonymous = this.mongo
			.find(Query.query(Criteria.where("actorSubject").regex("^erased-")), Document.class, "audit_log")
			.collectList()
			.block();
		assertThat(pseudonymous).extracting(entry -> entry.getString("action")).contains("ORGANISATION_APPROVED");
		assertThat(this.mongo
			.findOne(Query.query(Criteria.where("action").is("ROLE_GRANTED").and("detail").is("COORDINATOR 4003"))
				.with(Sort.by(Sort.Direction.DESC, "at", "_id")), Document.class, "audit_log")
			.block()
			.getString("target")).startsWith("erased-");
		Document flag = this.mongo
			.findOne(Query
				.query(Criteria.where("action").is("ORGANISATION_CONTACT_ERASED").and("detail").is(organisationId)),
					Document.class, "audit_log")
			.block();
		assertThat(flag).as("the coordinator is told the organisation lost its contact").isNotNull();
		assertThat(flag.getString("municipality")).isEqualTo("4003");
		Document organisation = this.mongo.findById(organisationId, Document.class, "organisations").block();
		assertThat(organisation.get("contactName")).isNull();
	}

	private long peopleToBorrowNamed(String firstName) {
		return this.mongo.count(Query.query(Criteria.where("firstName").is(firstName)), "people_to_borrow").block();
	}

	private List<String> collectionsMentioning(String text) {
		return this.mongo.getCollectionNames()
			.filterWhen(collection -> this.mongo.findAll(Document.class, collection)
				.any(document -> document.toJson().toLowerCase().contains(text.toLowerCase())))
			.collectList()
			.block();
	}

	/** Signs in with a one-time code, as a browser does; answers the session id. */
	private String signIn(String email) {
		String location = this.client.mutateWith(csrf())
			.post()
			.uri("/login/code/request")
			.body(BodyInserters.fromFormData("username", email))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		String reference = location.substring("/login/code?ref=".length());
		Document message = this.mongo
			.findOne(Query.query(Criteria.where("recipient").is(email)).with(Sort.by(Sort.Direction.DESC, "_id")),
					Document.class, "outbox")
			.block();
		Matcher code = CODE.matcher(message.getString("text"));
		assertThat(code.find()).isTrue();
		ResponseCookie session = this.client.mutateWith(csrf())
			.post()
			.uri("/login/ott")
			.body(BodyInserters.fromFormData("ref", reference).with("code", code.group(1)))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("SESSION");
		return session.getValue();
	}

}
