package no.hverdag.humanlibrary.internal;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("people_to_borrow")
record PersonToBorrowDocument(@Id String id, String libraryId, String firstName, List<String> topics,
		List<String> languages, List<String> days, List<String> slotTimes, int durationMinutes, int capacity) {
}
