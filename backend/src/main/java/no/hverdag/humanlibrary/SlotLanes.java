package no.hverdag.humanlibrary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * One attempt at a time takes a place of a given slot on this node (ADR 0024). Without
 * this, every attempt that reads a slot free while a booking of its last place is under
 * way claims the person's quarter hours, fails the take and releases the claims again:
 * four writes, each waiting for a commit, for a refusal (measured in the steady booking
 * benchmark: about half the refusals). An attempt that finds the slot's lane busy waits
 * until it is free and then decides again from the start, usually from
 * {@link RefusingSlots} without a read. It orders attempts only; the single-document
 * atomic take still decides who gets a place, also between nodes.
 */
final class SlotLanes {

	/** Slots with an attempt under way, and who waits for each; guarded by this. */
	private final Map<String, List<MonoSink<Void>>> busy = new HashMap<>();

	/** Whether an attempt on this slot is under way on this node now. */
	synchronized boolean busy(String slotId) {
		return this.busy.containsKey(slotId);
	}

	/**
	 * Runs {@code work} alone on this slot; when another attempt is under way, waits for
	 * it to end and then runs {@code again} instead (which decides anew).
	 */
	<T> Mono<T> alone(String slotId, Supplier<Mono<T>> work, Supplier<Mono<T>> again) {
		return Mono.defer(() -> {
			boolean mine;
			synchronized (this) {
				mine = this.busy.putIfAbsent(slotId, new ArrayList<>()) == null;
			}
			return mine ? Mono.defer(work).doFinally(signal -> release(slotId)) : turn(slotId).then(Mono.defer(again));
		});
	}

	/** Completes when no attempt on this slot is under way (at once if none is). */
	Mono<Void> turn(String slotId) {
		return Mono.create(sink -> {
			synchronized (this) {
				List<MonoSink<Void>> waiting = this.busy.get(slotId);
				if (waiting != null) {
					waiting.add(sink);
					sink.onCancel(() -> {
						synchronized (this) {
							List<MonoSink<Void>> still = this.busy.get(slotId);
							if (still != null) {
								still.remove(sink);
							}
						}
					});
					return;
				}
			}
			sink.success();
		});
	}

	private void release(String slotId) {
		List<MonoSink<Void>> waiting;
		synchronized (this) {
			waiting = this.busy.remove(slotId);
		}
		if (waiting != null) {
			waiting.forEach(MonoSink::success);
		}
	}

}
