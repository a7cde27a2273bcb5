package no.hverdag.shared.mongo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionException;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend commits its MVStore on a timer (measured: a window of one to two
 * seconds), so a {@code kill -9} loses writes the client already saw acknowledged. This
 * backend answers a write command (also one that failed part-way) only after a commit
 * that holds it has completed: an acknowledged booking is in the file. Writes that arrive
 * together share one commit ({@link GroupCommit}, ADR 0001 addendum): the command's
 * thread, one of the embedded server's own workers ({@code mongo-server-worker}, never an
 * application event loop), waits for it. The file is append-only with checksummed chunks,
 * so a crash mid-commit falls back to the last complete one. Protects against the process
 * dying, not against power loss (no fsync): production runs a MongoDB replica set.
 */
final class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
			"createindexes", "dropindexes", "drop", "create", "dropdatabase", "renamecollection");

	private final GroupCommit commits;

	private final MVStore store;

	/**
	 * {@link H2Backend}'s constructor opens the databases already in the file, before
	 * this class's fields are set: the store reaches {@link #openOrCreateDatabase} that
	 * way.
	 */
	private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

	DurableH2Backend(MVStore store) {
		super(opening(store));
		OPENING.remove();
		this.store = store;
		this.commits = new GroupCommit(this::commit, "embedded-store-committer");
	}

	private static MVStore opening(MVStore store) {
		OPENING.set(store);
		return store;
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		boolean writes = writes(command, query);
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			if (writes) {
				awaitCommit();
			}
		}
	}

	/** Blocks this worker until a commit holding every change so far has completed. */
	private void awaitCommit() {
		try {
			this.commits.afterWrite().join();
		}
		catch (CompletionException ex) {
			throw new MongoServerException("the write could not be made durable: " + ex.getCause().getMessage());
		}
	}

	/** Commits and write commands acknowledged through them, for the durability test. */
	GroupCommit commits() {
		return this.commits;
	}

	/**
	 * Collections that look a query naming an {@code _id} up by it
	 * ({@link IdLookupH2Database}).
	 */
	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		MVStore mvStore = (this.store != null) ? this.store : OPENING.get();
		return IdLookupH2Database.open(databaseName, mvStore, getCursorRegistry());
	}

	@Override
	public void close() {
		this.commits.close();
		super.close();
	}

	private static boolean writes(String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (WRITE_COMMANDS.contains(name)) {
			return true;
		}
		// An aggregation writes when its last stage is $out or $merge.
		return "aggregate".equals(name) && query.get("pipeline") instanceof List<?> pipeline && !pipeline.isEmpty()
				&& pipeline.get(pipeline.size() - 1) instanceof Document last
				&& (last.containsKey("$out") || last.containsKey("$merge"));
	}

}
