package no.hverdag.municipalities;

import java.time.Duration;
import java.util.List;

import no.hverdag.municipalities.internal.AddressSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Finds where an address is, so nobody types latitude and longitude: first from the
 * configured address source (Kartverket's address register, off by default because it
 * needs the internet), then, offline and always, at the municipality's representative
 * point. A source that fails or is slow is skipped, never an error for the person
 * posting.
 */
@Service
public class PlaceSearch {

	private static final Duration PATIENCE = Duration.ofSeconds(3);

	private final List<AddressSource> sources;

	private final MunicipalityDirectory directory;

	private final List<KnownPlaces> knownPlaces;

	PlaceSearch(List<AddressSource> sources, MunicipalityDirectory directory, List<KnownPlaces> knownPlaces) {
		this.sources = sources.stream().filter(AddressSource::enabled).toList();
		this.directory = directory;
		this.knownPlaces = knownPlaces;
	}

	/**
	 * A place a newcomer typed instead of coordinates (issue 12): a municipality's name,
	 * then a place another module knows (a library), then an address through the address
	 * register when one is configured. Empty when none knows it.
	 */
	public Mono<KnownPlaces.NamedPosition> find(String text, String municipality) {
		if (text == null || text.isBlank()) {
			return Mono.empty();
		}
		String name = text.strip();
		String bare = name.replaceFirst("(?i)\\s+kommune$", "");
		Mono<KnownPlaces.NamedPosition> byMunicipality = Mono.justOrEmpty(this.directory.all()
			.stream()
			.filter(m -> m.name().equalsIgnoreCase(bare) || m.otherNames().stream().anyMatch(bare::equalsIgnoreCase))
			.findFirst()
			.map(m -> new KnownPlaces.NamedPosition(m.name(),
					new Position(m.lat(), m.lon(), Position.Precision.MUNICIPALITY))));
		Mono<KnownPlaces.NamedPosition> byKnownPlace = Flux.fromIterable(this.knownPlaces)
			.concatMap(known -> known.find(name).onErrorResume(error -> Mono.empty()))
			.next();
		Mono<KnownPlaces.NamedPosition> byAddress = Flux.fromIterable(this.sources)
			.concatMap(
					source -> source.locate(name, municipality).timeout(PATIENCE).onErrorResume(error -> Mono.empty()))
			.next()
			.filter(position -> position.precision() == Position.Precision.ADDRESS)
			.map(position -> new KnownPlaces.NamedPosition(name, position));
		return byMunicipality.switchIfEmpty(byKnownPlace).switchIfEmpty(byAddress);
	}

	/**
	 * The position of {@code address} in {@code municipality}; empty only for an unknown
	 * municipality.
	 */
	public Mono<Position> locate(String address, String municipality) {
		Mono<Position> fallback = Mono.justOrEmpty(this.directory.find(municipality)
			.map(found -> new Position(found.lat(), found.lon(), Position.Precision.MUNICIPALITY)));
		if (address == null || address.isBlank()) {
			return fallback;
		}
		return Flux.fromIterable(this.sources)
			.concatMap(source -> source.locate(address.strip(), municipality)
				.timeout(PATIENCE)
				.onErrorResume(error -> Mono.empty()))
			.next()
			.switchIfEmpty(fallback);
	}

}
