package no.hverdag.humanlibrary;

import java.time.Clock;
import java.time.LocalDate;

import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Turns each person's weekly rhythm into concrete slots for the coming two weeks. Safe to
 * run any number of times.
 */
@Service
public class SlotPlanner {

	private final HumanLibraryStore store;

	private final Clock clock;

	SlotPlanner(HumanLibraryStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public Mono<Void> planAhead() {
		LocalDate today = LocalDate.now(this.clock);
		return this.store.people().flatMap(person -> plan(person, today), 4).then();
	}

	public Mono<Void> plan(PersonToBorrow person) {
		return plan(person, LocalDate.now(this.clock));
	}

	public Mono<Void> plan(PersonToBorrow person, LocalDate from) {
		return Flux.range(0, Libraries.LOOKAHEAD_DAYS + 1)
			.map(from::plusDays)
			.filter(day -> person.days().contains(day.getDayOfWeek()))
			.concatMap(day -> Flux.fromIterable(person.slotTimes()).map(time -> this.store.newSlot(person, day, time)))
			.collectList()
			.flatMap(this.store::planSlots);
	}

}
