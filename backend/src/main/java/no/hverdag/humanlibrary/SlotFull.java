package no.hverdag.humanlibrary;

import java.util.List;
import java.util.Map;

import no.hverdag.shared.HverdagException;
import no.hverdag.shared.web.ApiExceptionHandler;

/**
 * The slot filled up before this booking: here are the next free ones at the same library
 * instead.
 */
public final class SlotFull extends HverdagException.Conflict implements ApiExceptionHandler.ProblemProperties {

	private final transient List<Slot> nextFreeSlots;

	public SlotFull(List<Slot> nextFreeSlots) {
		super("error.slot.full");
		this.nextFreeSlots = List.copyOf(nextFreeSlots);
	}

	public List<Slot> nextFreeSlots() {
		return this.nextFreeSlots;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("nextFreeSlots",
				this.nextFreeSlots.stream()
					.map(s -> Map.of("id", s.id(), "personFirstName", s.personFirstName(), "day", s.day().toString(),
							"start", s.start().toString(), "end", s.end().toString(), "remaining", s.remaining()))
					.toList());
	}

}
