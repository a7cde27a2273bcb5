package no.hverdag.humanlibrary.internal;

import java.util.Locale;

import no.hverdag.municipalities.KnownPlaces;
import no.hverdag.municipalities.Position;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Libraries are places newcomers know: "Stormen" or "Stormen bibliotek" in the search's
 * "near" field finds the library's point (issue 12).
 */
@Component
class LibraryPlaces implements KnownPlaces {

	private final HumanLibraryStore store;

	LibraryPlaces(HumanLibraryStore store) {
		this.store = store;
	}

	@Override
	public Mono<NamedPosition> find(String name) {
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		if (wanted.length() < 3) {
			return Mono.empty();
		}
		return this.store.libraries()
			.filter(library -> library.lat() != null && library.lon() != null)
			.filter(library -> {
				String known = library.name().toLowerCase(Locale.ROOT);
				return known.equals(wanted) || known.startsWith(wanted + " ") || known.contains(wanted);
			})
			.next()
			.map(library -> new NamedPosition(library.name(),
					new Position(library.lat(), library.lon(), Position.Precision.ADDRESS)));
	}

}
