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

	PlaceSearch(List<AddressSource> sources, MunicipalityDirectory directory) {
		this.sources = sources;
		this.directory = directory;
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
