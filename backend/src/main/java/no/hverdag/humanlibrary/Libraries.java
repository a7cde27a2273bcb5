package no.hverdag.humanlibrary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.shared.HverdagException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** Reading libraries and their slots; "today" and "now" are Norwegian. */
@Service
public class Libraries {

	/** How far ahead "the next free slots" look. */
	static final int LOOKAHEAD_DAYS = 14;

	private final HumanLibraryStore store;

	private final Clock clock;

	Libraries(HumanLibraryStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public Flux<Library> all() {
		return this.store.libraries();
	}

	public Mono<Library> find(String id) {
		return this.store.library(id).switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("library", id)));
	}

	/** The slots of one day that have not started yet (all of them on a later day). */
	public Flux<Slot> slotsOn(String libraryId, LocalDate day, boolean onlyFree) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		LocalTime notBefore = day.equals(now.toLocalDate()) ? now.toLocalTime() : LocalTime.MIN;
		if (day.isBefore(now.toLocalDate())) {
			return Flux.empty();
		}
		return find(libraryId).thenMany(this.store.slotsFrom(libraryId, day, notBefore, day, onlyFree, 500));
	}

	/**
	 * People to borrow, filtered by municipality, library, topic (a word in one of their
	 * topics, any case) and a language they speak; every filter may be absent.
	 */
	public Flux<PersonToBorrow> people(String municipality, String libraryId, String topic, String language) {
		Mono<java.util.Set<String>> librariesInMunicipality = municipality == null ? Mono.just(java.util.Set.of())
				: this.store.libraries()
					.filter(library -> library.municipality().equals(municipality))
					.map(Library::id)
					.collect(java.util.stream.Collectors.toSet());
		String topicWord = topic == null ? null : topic.strip().toLowerCase(java.util.Locale.ROOT);
		return librariesInMunicipality.flatMapMany(inMunicipality -> this.store.people()
			.filter(person -> municipality == null || inMunicipality.contains(person.libraryId()))
			.filter(person -> libraryId == null || person.libraryId().equals(libraryId))
			.filter(person -> language == null || person.languages().contains(language))
			.filter(person -> topicWord == null || topicWord.isEmpty()
					|| person.topics().stream().anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains(topicWord)))
			.sort(java.util.Comparator.comparing(PersonToBorrow::firstName)));
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public Flux<Slot> freeSlotsToday(String libraryId) {
		return slotsOn(libraryId, today(), true);
	}

	/** The next free slots at a library from now on, soonest first. */
	public Flux<Slot> nextFreeSlots(String libraryId, int limit) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		return this.store.slotsFrom(libraryId, now.toLocalDate(), now.toLocalTime(),
				now.toLocalDate().plusDays(LOOKAHEAD_DAYS), true, limit);
	}

}
