package no.hverdag.accounts.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A sign-in code as stored: only hashes. The id is the hash of the reference the browser
 * holds, the code hash binds the code to that reference.
 */
@Document("one_time_codes")
record OneTimeCodeDocument(@Id String id, String codeHash, String username, Instant expiresAt, int attempts) {
}
