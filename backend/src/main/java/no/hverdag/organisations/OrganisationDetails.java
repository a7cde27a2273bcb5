package no.hverdag.organisations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.organisations.internal.OrganisationStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A member (or the coordinator) changes the organisation's own details: its name, contact
 * person, description and the language its members read our messages in. The organisation
 * number and the municipality stay: they are what the coordinator approved. Audited with
 * the organisation's name and what changed.
 */
@Service
public class OrganisationDetails {

	/** The languages messages to an organisation can be written in. */
	public static final List<String> LANGUAGES = List.of("nb", "en", "ar");

	private final Organisations organisations;

	private final OrganisationStore store;

	private final AuditLog audit;

	OrganisationDetails(Organisations organisations, OrganisationStore store, AuditLog audit) {
		this.organisations = organisations;
		this.store = store;
		this.audit = audit;
	}

	/** What may change. */
	public record Changes(String name, Contact contact, String description, String language) {
	}

	public Mono<Organisation> edit(Actor actor, String id, Changes changes) {
		if (!LANGUAGES.contains(changes.language())) {
			return Mono.error(new HverdagException.InvalidInput("messageLanguage", "validation.organisation.language"));
		}
		return this.organisations.managedBy(actor, id)
			.flatMap(before -> this.store
				.updateDetails(id, changes.name(), changes.contact(), changes.description(), changes.language())
				.flatMap(after -> this.audit
					.record(actor, AuditAction.ORGANISATION_EDITED, after.municipality(), after.name(),
							String.join(", ", changed(before, after)))
					.thenReturn(after)));
	}

	/** The names of the fields that changed, for the audit log. */
	private static List<String> changed(Organisation before, Organisation after) {
		List<String> fields = new ArrayList<>();
		if (!Objects.equals(before.name(), after.name())) {
			fields.add("name: " + before.name() + " → " + after.name());
		}
		if (!Objects.equals(before.contact(), after.contact())) {
			fields.add("contact");
		}
		if (!Objects.equals(before.description(), after.description())) {
			fields.add("description");
		}
		if (!Objects.equals(before.language(), after.language())) {
			fields.add("language: " + after.language());
		}
		return fields;
	}

}
