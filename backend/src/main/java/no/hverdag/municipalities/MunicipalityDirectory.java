package no.hverdag.municipalities;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.hverdag.municipalities.internal.MunicipalityStore;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Looks municipalities up by number. Everything is in memory once {@link #load()} has run
 * at start.
 */
@Service
public class MunicipalityDirectory {

	private static final Comparator<Municipality> BY_NAME = Comparator.comparing(Municipality::name,
			java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nb")));

	private final MunicipalityStore store;

	private final AtomicReference<Map<String, Municipality>> byNumber = new AtomicReference<>(Map.of());

	/** Sorted once at load: Collator comparisons are slow and synchronized. */
	private final AtomicReference<List<Municipality>> sortedByName = new AtomicReference<>(List.of());

	MunicipalityDirectory(MunicipalityStore store) {
		this.store = store;
	}

	/** Brings the store up to the bundled list, and the list into memory. */
	public Mono<Integer> load() {
		return this.store.load()
			.map(list -> list.stream().collect(Collectors.toMap(Municipality::number, Function.identity())))
			.map(all -> {
				this.byNumber.set(Map.copyOf(all));
				this.sortedByName.set(all.values().stream().sorted(BY_NAME).toList());
				return all.size();
			});
	}

	public List<Municipality> all() {
		return this.sortedByName.get();
	}

	public Optional<Municipality> find(String number) {
		return Optional.ofNullable(number).map(this.byNumber.get()::get);
	}

	public boolean exists(String number) {
		return find(number).isPresent();
	}

}
