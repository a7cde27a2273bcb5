package no.hverdag.humanlibrary;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Slots a node knows to refuse")
class RefusingSlotsTest {

	private final Sinks.Many<Availability.Change> changes = Sinks.many().multicast().directBestEffort();

	private static Slot full(String id) {
		return new Slot(id, "library", "person", "Rune", List.of("Prat"), List.of("no"), LocalDate.of(2030, 1, 1),
				LocalTime.of(14, 0), 30, 1, 0, null, false);
	}

	@Test
	@DisplayName("a remembered slot is known until it is cleared")
	void rememberedUntilCleared() {
		RefusingSlots slots = new RefusingSlots(this.changes.asFlux(), Duration.ofMinutes(1));
		slots.remember(full("a"), slots.epoch());
		assertThat(slots.refusing("a")).isEqualTo(full("a"));
		slots.forget("a");
		assertThat(slots.refusing("a")).isNull();
	}

	@Test
	@DisplayName("what was read before a clear is not remembered after it")
	void readBeforeClearIsNotRemembered() {
		RefusingSlots slots = new RefusingSlots(this.changes.asFlux(), Duration.ofMinutes(1));
		long before = slots.epoch();
		slots.forget("b");
		slots.remember(full("a"), before);
		assertThat(slots.refusing("a")).isNull();
		slots.remember(full("a"), slots.epoch());
		slots.forgetAll();
		assertThat(slots.refusing("a")).isNull();
	}

	@Test
	@DisplayName("a place given back anywhere (this node's change or another node's) clears the slot")
	void placeGivenBackClears() {
		RefusingSlots slots = new RefusingSlots(this.changes.asFlux(), Duration.ofMinutes(1));
		slots.remember(full("a"), slots.epoch());
		slots.remember(full("b"), slots.epoch());
		this.changes.tryEmitNext(new Availability.Change("library", "a", 0));
		assertThat(slots.refusing("a")).isNotNull();
		this.changes.tryEmitNext(new Availability.Change("library", "a", 1));
		assertThat(slots.refusing("a")).isNull();
		assertThat(slots.refusing("b")).isNotNull();
	}

	@Test
	@DisplayName("an entry older than the bound is not trusted")
	void expires() {
		RefusingSlots slots = new RefusingSlots(this.changes.asFlux(), Duration.ZERO);
		slots.remember(full("a"), slots.epoch());
		assertThat(slots.refusing("a")).isNull();
	}

}
