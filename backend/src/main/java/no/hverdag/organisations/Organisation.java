package no.hverdag.organisations;

import java.time.Instant;
import java.util.Optional;

/**
 * A registered volunteer organisation in one municipality. {@code language} is the one
 * its members read messages from the platform in (nb, en or ar; bokmål when not chosen).
 */
public record Organisation(String id, String name, OrganisationNumber organisationNumber, String municipality,
		Contact contact, String description, OrganisationStatus status, Instant registeredAt, Decision decision,
		String language) {

	public Organisation {
		language = language == null || language.isBlank() ? "nb" : language;
	}

	public boolean approved() {
		return this.status == OrganisationStatus.APPROVED;
	}

	public boolean pending() {
		return this.status == OrganisationStatus.PENDING;
	}

	public Optional<Decision> decisionMade() {
		return Optional.ofNullable(this.decision);
	}

}
