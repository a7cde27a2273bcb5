package no.hverdag.venues;

import no.hverdag.support.HverdagIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: registering a venue, the owner may let only chosen groups book (e.g. newcomer
 * associations), picked on the page from the approved organisations of their
 * municipality, without JavaScript; a choice of "groups" without any group is refused
 * inline in the owner's language and stores nothing.
 */
@HverdagIntegrationTest
class VenueGroupPickerTest {

	static final String RODE_KORS = "seed-org-bodo-rode-kors";

	static final String NAME = "Gruppehuset";

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@AfterEach
	void removeRegistered() {
		this.mongo.remove(Query.query(Criteria.where("name").regex("^" + NAME)), "venues").block();
	}

	private WebTestClient owner() {
		return signedIn(
				this.client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build(),
				"frivillig-bodo");
	}

	private static MultiValueMap<String, String> form(String name, String... groups) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("municipality", "1804");
		form.add("address", "Storgata 1, 8006 Bodø");
		form.add("buildingType", "COMMUNITY_HOUSE");
		form.add("ownerOrganisation", "seed-org-bodo-frivilligsentral");
		form.add("opens", "09:00");
		form.add("closes", "21:00");
		form.add("whoMayBook", "GROUPS");
		form.add("roomName", "Salen");
		form.add("roomCapacity", "40");
		for (String group : groups) {
			form.add("groups", group);
		}
		return form;
	}

	@Test
	@DisplayName("the page offers the approved organisations of the owner's municipality as groups, and 'only groups' as a choice")
	void pickerOnThePage() {
		String page = owner().get()
			.uri("/venues/new")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("<option value=\"GROUPS\"")
			.contains("id=\"groups\"")
			.contains("Grupper som kan booke")
			.contains("name=\"groups\" id=\"group-" + RODE_KORS + "\" value=\"" + RODE_KORS + "\"")
			.contains("for=\"group-" + RODE_KORS + "\"")
			// Another municipality's organisations are not offered.
			.doesNotContain("group-seed-org-grunerlokka-frivilligsentral");
	}

	@Test
	@DisplayName("'only groups' without a group is refused inline (bokmål, Arabic) and stores nothing; with one it is stored")
	void groupsChosen() {
		owner().post()
			.uri("/venues")
			.body(BodyInserters.fromFormData(form(NAME + " uten")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("id=\"groups-error\"")
				.contains("Velg minst én gruppe som kan booke")
				.contains("href=\"#groups\"")
				// What was typed stays.
				.contains("value=\"" + NAME + " uten\""));
		owner().post()
			.uri("/venues?lang=ar")
			.body(BodyInserters.fromFormData(form(NAME + " uten")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("اختر مجموعة واحدة على الأقل يمكنها الحجز"));
		assertThat(this.mongo.count(Query.query(Criteria.where("name").regex("^" + NAME)), "venues").block()).isZero();

		owner().post()
			.uri("/venues")
			.body(BodyInserters.fromFormData(form(NAME + " med", RODE_KORS)))
			.exchange()
			.expectStatus()
			.isSeeOther();
		Document stored = this.mongo
			.findOne(Query.query(Criteria.where("name").is(NAME + " med")), Document.class, "venues")
			.block();
		assertThat(stored.getString("whoMayBook")).isEqualTo("GROUPS");
		assertThat(stored.getList("groups", String.class)).containsExactly(RODE_KORS);
	}

}
