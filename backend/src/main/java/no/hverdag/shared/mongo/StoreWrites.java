package no.hverdag.shared.mongo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * A number that changes whenever this node writes to the store, for what is kept in
 * memory from what the store held (the rendered search page). Listens to the driver, so
 * no write path can forget to say it wrote. It moves when a write is sent and again when
 * it is answered: whoever read the number before the write's answer sees another number
 * afterwards, so what they made from an older state is never taken for the newer one.
 * Bookkeeping collections (rate-limit buckets) are left out: a write there changes no
 * page.
 */
public final class StoreWrites implements CommandListener {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify", "findandmodify",
			"bulkWrite", "drop", "dropDatabase", "renameCollection");

	private final Set<String> bookkeeping;

	private final AtomicLong version = new AtomicLong();

	/** The writes sent and not yet answered, by the driver's request id. */
	private final Set<Integer> pending = ConcurrentHashMap.newKeySet();

	public StoreWrites(Set<String> bookkeeping) {
		this.bookkeeping = Set.copyOf(bookkeeping);
	}

	/** Changes at every write this node sends and at every answer to one. */
	public long version() {
		return this.version.get();
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if (counts(event.getCommandName(), collection(event))) {
			this.pending.add(event.getRequestId());
			this.version.incrementAndGet();
		}
	}

	@Override
	public void commandSucceeded(CommandSucceededEvent event) {
		answered(event.getRequestId());
	}

	@Override
	public void commandFailed(CommandFailedEvent event) {
		answered(event.getRequestId());
	}

	private void answered(int requestId) {
		if (this.pending.remove(requestId)) {
			this.version.incrementAndGet();
		}
	}

	private boolean counts(String command, String collection) {
		if (!WRITES.contains(command)) {
			return false;
		}
		return collection == null || !this.bookkeeping.contains(collection);
	}

	private static String collection(CommandStartedEvent event) {
		var value = event.getCommand().get(event.getCommandName());
		return value != null && value.isString() ? value.asString().getValue() : null;
	}

}
