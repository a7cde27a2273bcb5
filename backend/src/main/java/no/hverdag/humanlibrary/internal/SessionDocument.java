package no.hverdag.humanlibrary.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("sessions")
record SessionDocument(@Id String id, String libraryId, String personId, String room, String weekday, String date,
		String start, String end, int slotMinutes, boolean cancelled) {
}
