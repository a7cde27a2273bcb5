package no.hverdag.activities.internal;

import no.hverdag.activities.ActivityQuery;
import no.hverdag.municipalities.PlaceSearch;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The search's "near" field (issue 12): "lat,lon" as before, or a place a newcomer knows
 * (a municipality, a library, an address when the address register is configured), found
 * through {@link PlaceSearch}. An unknown place is said so, not searched as nothing.
 */
@Component
class NearPlaces {

	static final int MAX_TEXT = 200;

	private final PlaceSearch places;

	NearPlaces(PlaceSearch places) {
		this.places = places;
	}

	/**
	 * What the field asked for.
	 *
	 * @param point where to search near, or {@code null}
	 * @param name the place found, to show ("Near Stormen bibliotek"), or {@code null}
	 * @param unknown the text named no place we know
	 */
	record Near(ActivityQuery.GeoPoint point, String name, boolean unknown, String typed) {
	}

	Mono<Near> resolve(String text, String municipality) {
		if (text == null || text.isBlank()) {
			return Mono.just(new Near(null, null, false, ""));
		}
		String typed = text.strip();
		if (typed.length() > MAX_TEXT) {
			return Mono.just(new Near(null, null, true, typed.substring(0, MAX_TEXT)));
		}
		try {
			return Mono.just(new Near(ActivityQuery.GeoPoint.parse(typed), null, false, typed));
		}
		catch (IllegalArgumentException notCoordinates) {
			return this.places.find(typed, municipality)
				.map(found -> new Near(new ActivityQuery.GeoPoint(found.position().lat(), found.position().lon()),
						found.name(), false, typed))
				.defaultIfEmpty(new Near(null, null, true, typed));
		}
	}

}
