package no.hverdag.signups.internal;

import java.time.Instant;
import java.util.UUID;

import no.hverdag.support.HverdagIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and contact points on sign-ups go 90 days after the occurrence (test clock: 26
 * November 2026); the sign-up stays as an anonymous count.
 */
@HverdagIntegrationTest
class SignUpRetentionTest {

	@Autowired
	SignUpStore store;

	@Autowired
	SignUpRetention retention;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("sign-ups of occurrences over 90 days ago lose name and contact; newer ones keep them; a second run changes nothing")
	void erasesOldContacts() {
		String old = insert("2026-08-27");
		String recent = insert("2026-08-28");

		assertThat(this.retention.eraseExpiredContacts().block()).isGreaterThanOrEqualTo(1);
		assertThat(this.retention.eraseExpiredContacts().block()).isZero();

		Document erased = this.mongo.findById(old, Document.class, "signups").block();
		assertThat(erased).doesNotContainKeys("firstName", "contact", "activeKey", "ownerIssuer", "ownerSubject");
		assertThat(erased.getString("status")).isEqualTo("CONFIRMED");
		Document kept = this.mongo.findById(recent, Document.class, "signups").block();
		assertThat(kept.getString("firstName")).isEqualTo("Gammel");
		assertThat(kept.getString("contact")).endsWith("@example.no");
	}

	private String insert(String date) {
		String id = UUID.randomUUID().toString();
		String contact = id + "@example.no";
		this.store
			.insert(new SignUpDocument(id, "retention@" + date, "retention", "org", date, "18:00", "20:00", "Gammel",
					contact, "retention@" + date + "|" + contact, "CONFIRMED", null, "hash-" + id, "nb",
					"https://idp.test/hverdag", "someone", Instant.parse("2026-08-01T10:00:00Z"), null, null, null,
					null, null))
			.block();
		return id;
	}

}
