package no.hverdag.humanlibrary;

import java.time.Duration;

import no.hverdag.humanlibrary.internal.AvailabilityRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Every change of a slot's free places, as it happens: published after each successful
 * take, release or cancellation, so kiosks and pages showing the slot update without a
 * reload. An in-process multicast sink fed by this node's own publishes and, through the
 * {@link AvailabilityRelay}, by the other nodes' (issue 17): a booking taken on node A
 * reaches a kiosk following node B. A subscriber too slow to keep up loses changes rather
 * than holding up bookings.
 */
@Component
public class Availability implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Availability.class);

	private final Sinks.Many<Change> changes = Sinks.many().multicast().directBestEffort();

	private final AvailabilityRelay relay;

	private final Disposable fromOtherNodes;

	Availability(AvailabilityRelay relay) {
		this.relay = relay;
		this.fromOtherNodes = relay.fromOtherNodes()
			.subscribe(this::emit, error -> log.warn("Live availability from other nodes stopped", error));
	}

	void publish(Slot slot) {
		Change change = new Change(slot.libraryId(), slot.id(), slot.free() ? slot.remaining() : 0);
		emit(change);
		this.relay.tellOtherNodes(change);
	}

	private void emit(Change change) {
		this.changes.emitNext(change, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(50)));
	}

	/** Every change from now on, at every library. */
	Flux<Change> all() {
		return this.changes.asFlux();
	}

	/** The changes at one library from now on. */
	public Flux<Change> at(String libraryId) {
		return this.changes.asFlux().filter(change -> change.libraryId().equals(libraryId));
	}

	@Override
	public void destroy() {
		this.fromOtherNodes.dispose();
	}

	/** A slot now has {@code remaining} free places (0 when full or cancelled). */
	public record Change(String libraryId, String slotId, int remaining) {
	}

}
