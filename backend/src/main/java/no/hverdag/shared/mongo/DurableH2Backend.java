package no.hverdag.shared.mongo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend commits its MVStore on a timer (measured: a window of one to two
 * seconds), so a {@code kill -9} loses writes the client already saw acknowledged. This
 * backend commits after every write command, before the reply goes out, and also when the
 * command failed part-way: an acknowledged booking is in the file. The file is
 * append-only with checksummed chunks, so a crash mid-commit falls back to the last
 * complete one. Protects against the process dying, not against power loss (no fsync):
 * production runs a MongoDB replica set.
 */
final class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
			"createindexes", "dropindexes", "drop", "create", "dropdatabase", "renamecollection");

	DurableH2Backend(MVStore store) {
		super(store);
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			if (writes(command, query)) {
				commit();
			}
		}
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
