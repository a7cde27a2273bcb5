package no.hverdag.shared;

import java.util.Map;

import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

/**
 * A module's part of "what does Hverdag know about me": every module that stores personal
 * data implements this, so a person's export and erasure reach every collection without
 * one module knowing the others' documents.
 */
public interface PersonalData {

	/** A short name for this part of the export, e.g. "bookings". */
	String section();

	/** Everything this module holds about the actor, as plain values. */
	Mono<Map<String, Object>> export(Actor actor);

	/**
	 * Erases what this module holds about the actor; what must stay (counts) stays
	 * anonymous.
	 */
	Mono<Void> erase(Actor actor);

}
