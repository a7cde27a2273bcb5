package no.hverdag.shared.mongo;

import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend commits its MVStore on a timer (about once a second), so a {@code kill -9}
 * could lose writes the client already saw acknowledged. This backend commits after every
 * write command before the reply goes out: an acknowledged booking is in the file. The file is
 * append-only with checksummed chunks, so a crash mid-commit falls back to the last good chunk.
 */
final class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
			"createindexes", "dropindexes", "drop", "create", "dropdatabase", "renamecollection");

	DurableH2Backend(MVStore store) {
		super(store);
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		Document response = super.handleCommand(channel, databaseName, command, query);
		if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
			commit();
		}
		return response;
	}

}
