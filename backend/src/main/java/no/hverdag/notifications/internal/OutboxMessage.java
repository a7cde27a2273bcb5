package no.hverdag.notifications.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("outbox")
public record OutboxMessage(@Id String id, String channel, String recipient, String subject, String text,
		Instant sentAt) {
}
