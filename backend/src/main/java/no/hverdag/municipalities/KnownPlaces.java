package no.hverdag.municipalities;

import reactor.core.publisher.Mono;

/**
 * Places another module knows by name (a library: "Stormen bibliotek"), so a newcomer can
 * search near them without the internet. Implemented by the module that owns them.
 */
public interface KnownPlaces {

	/** The place whose name matches {@code name} (any case), if this module knows one. */
	Mono<NamedPosition> find(String name);

	/** A position with the name people know it by. */
	record NamedPosition(String name, Position position) {
	}

}
