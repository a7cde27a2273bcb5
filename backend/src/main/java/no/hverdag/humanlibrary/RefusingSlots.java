package no.hverdag.humanlibrary;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The slots this node knows to refuse a booking (full, cancelled, begun), so that a
 * refusal under a rush needs no read of the store (ADR 0024). Fed by what this node read
 * or wrote itself; a change that gives a place back ({@link Availability}: this node's
 * cancellations and session edits at once, the other nodes' within their relay's poll)
 * clears the slot, and every entry expires after {@code hverdag.booking.known-refusal}
 * (default 2 s) in case another node's change never arrives. A stale entry can only
 * refuse wrongly for at most that long; it never admits anyone: a booking still goes
 * through the single-document atomic take, which alone keeps "never more bookings than
 * places".
 * <p>
 * A read that began before a change cleared the cache must not put back what it saw:
 * {@link #epoch()} is taken before the read and {@link #remember} keeps the entry only if
 * nothing was cleared meanwhile (checked after the put, so a clear that runs between the
 * two is not lost).
 */
@Component
class RefusingSlots implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RefusingSlots.class);

	/** More than this many known slots: start again (a few bytes each). */
	static final int LIMIT = 20_000;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	private final AtomicLong epoch = new AtomicLong();

	private final long forNanos;

	private final Disposable changes;

	@Autowired
	RefusingSlots(Availability availability, @Value("${hverdag.booking.known-refusal:2s}") Duration knownFor) {
		this(availability.all(), knownFor);
	}

	RefusingSlots(Flux<Availability.Change> changes, Duration knownFor) {
		this.forNanos = knownFor.toNanos();
		this.changes = changes.filter(change -> change.remaining() > 0)
			.subscribe(change -> forget(change.slotId()),
					error -> log.warn("Refusals no longer cleared by availability changes", error));
	}

	/** The slot as last seen refusing, or null when not known or too old to trust. */
	Slot refusing(String slotId) {
		Known entry = this.known.get(slotId);
		if (entry == null) {
			return null;
		}
		if (System.nanoTime() - entry.since() > this.forNanos) {
			this.known.remove(slotId, entry);
			return null;
		}
		return entry.slot();
	}

	/** Take before reading a slot; pass to {@link #remember}. */
	long epoch() {
		return this.epoch.get();
	}

	/** The slot was read (or written) refusing after {@code epoch} was taken. */
	void remember(Slot slot, long epoch) {
		if (this.known.size() >= LIMIT) {
			this.known.clear();
		}
		Known entry = new Known(slot, System.nanoTime());
		this.known.put(slot.id(), entry);
		if (this.epoch.get() != epoch) {
			this.known.remove(slot.id(), entry);
		}
	}

	/** A place of this slot may be free again. */
	void forget(String slotId) {
		this.epoch.incrementAndGet();
		this.known.remove(slotId);
	}

	/** Slots may have changed in ways this node did not follow one by one. */
	void forgetAll() {
		this.epoch.incrementAndGet();
		this.known.clear();
	}

	@Override
	public void destroy() {
		this.changes.dispose();
	}

	private record Known(Slot slot, long since) {
	}

}
