package no.hverdag.humanlibrary;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

/**
 * Every change of a slot's free places on this node, as it happens: published after each
 * successful take, release or cancellation, so kiosks and pages showing the slot update
 * without a reload. Single node: an in-process multicast sink; several nodes would feed
 * it from a MongoDB change stream on {@code slots} instead (see docs/architecture.md). A
 * subscriber too slow to keep up loses changes rather than holding up bookings.
 */
@Component
public class Availability {

	private final Sinks.Many<Change> changes = Sinks.many().multicast().directBestEffort();

	void publish(Slot slot) {
		this.changes.emitNext(new Change(slot.libraryId(), slot.id(), slot.free() ? slot.remaining() : 0),
				Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofMillis(50)));
	}

	/** The changes at one library from now on. */
	public Flux<Change> at(String libraryId) {
		return this.changes.asFlux().filter(change -> change.libraryId().equals(libraryId));
	}

	/** A slot now has {@code remaining} free places (0 when full or cancelled). */
	public record Change(String libraryId, String slotId, int remaining) {
	}

}
