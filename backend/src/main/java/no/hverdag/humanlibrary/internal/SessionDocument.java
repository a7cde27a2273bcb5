package no.hverdag.humanlibrary.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A session. {@code capacity}, {@code topics}, {@code languages} and {@code generation}
 * came with issue 12's edits; documents written before read them as 1, the person's own,
 * and 0. {@code edit} is the intent of an edit under way: what the session becomes, and
 * since when; recovery finishes it after a crash ({@link SessionEditRecovery}).
 */
@Document("sessions")
record SessionDocument(@Id String id, String libraryId, String personId, String room, String weekday, String date,
		String start, String end, int slotMinutes, boolean cancelled, Integer capacity, List<String> topics,
		List<String> languages, Integer generation, Intent edit) {

	/** The session as the edit leaves it. */
	record Intent(String room, String start, String end, int slotMinutes, int capacity, List<String> topics,
			List<String> languages, int generation, Instant since) {
	}

}
