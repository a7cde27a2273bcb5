package no.hverdag.signups.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's calendar feed address: {@code _id} is {@code issuer|subject}, so each person
 * has one; a new one replaces the old. Only the token's SHA-256 is kept.
 */
@Document("signup_feeds")
public record FeedDocument(@Id String id, String issuer, String subject, String tokenHash, Instant createdAt) {

}
