package no.hverdag.notifications;

import java.util.Objects;

import no.hverdag.shared.ContactPoint;

/** One message to one person. SMS ignore the subject. */
public record Notification(ContactPoint to, String subject, String text) {

	public Notification {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(text, "text");
	}

}
