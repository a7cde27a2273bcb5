package no.hverdag.activities.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import no.hverdag.activities.Activity;
import no.hverdag.activities.Occurrence;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * schema.org {@code Event} JSON-LD for an activity page, so search engines and calendar
 * tools understand it: the next occurrence, the place, the organiser, the price, the
 * languages. Written as a data block; {@code <} is escaped so text can never close the
 * script element.
 */
@Component
class ActivityJsonLd {

	private final JsonMapper json = JsonMapper.builder().build();

	String event(Activity activity, ActivityView view) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("@context", "https://schema.org");
		event.put("@type", "Event");
		event.put("name", view.title());
		event.put("description", view.text().description());
		// The languages spoken there, which is what a newcomer needs to know.
		event.put("inLanguage", activity.languages());
		if (!view.upcoming().isEmpty()) {
			Occurrence next = view.upcoming().get(0);
			event.put("startDate", next.startsAt().toString());
			event.put("endDate", next.endsAt().toString());
		}
		event.put("eventStatus", "https://schema.org/EventScheduled");
		event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@type", "Place");
		place.put("name", activity.place().name());
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		if (activity.place().address() != null) {
			address.put("streetAddress", activity.place().address());
		}
		address.put("addressLocality", view.municipalityName());
		address.put("addressCountry", "NO");
		place.put("address", address);
		if (activity.place().hasPoint()) {
			place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", activity.place().lat(), "longitude",
					activity.place().lon()));
		}
		event.put("location", place);
		event.put("organizer", Map.of("@type", "Organization", "name", activity.organisationName()));
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put("@type", "Offer");
		offer.put("price", activity.free() ? 0 : activity.priceNok() == null ? "" : activity.priceNok());
		offer.put("priceCurrency", "NOK");
		event.put("offers", offer);
		event.put("isAccessibleForFree", activity.free());
		if (activity.participation().capacity() != null) {
			event.put("maximumAttendeeCapacity", activity.participation().capacity());
		}
		return this.json.writeValueAsString(event).replace("<", "\\u003c");
	}

}
