package no.hverdag.resources.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.resources.ResourceFinder;
import no.hverdag.resources.ResourceHit;
import no.hverdag.resources.ResourceQuery;
import no.hverdag.resources.RoomTime;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.time.HverdagClock;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/resources}: the rooms and equipment the home page's search shows,
 * for the same words, area and times. One endpoint for both kinds, because a newcomer's
 * words ("ski", "rom med kjøkken") do not say which kind they mean.
 */
@RestController
class ResourceApi {

	private final ResourceFinder finder;

	private final MunicipalityDirectory municipalities;

	private final MessageSource messages;

	private final Clock clock;

	ResourceApi(ResourceFinder finder, MunicipalityDirectory municipalities, MessageSource messages, Clock clock) {
		this.finder = finder;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	@Operation(summary = "Rooms to book and equipment to borrow matching the words, in an area; "
			+ "with date (and from/to) only rooms free then, with first/last how many items are free those days")
	@GetMapping("/api/v1/resources")
	Mono<ResourcesResponse> search(@Parameter(
			description = "What is wanted, in any language: ski, skøyter, møterom, kitchen, خيمة") @RequestParam(
					required = false) String q,
			@Parameter(description = "Municipality number, e.g. 1804") @RequestParam(
					required = false) String municipality,
			@Parameter(description = "Latitude of a point to search around (with lon)") @RequestParam(
					required = false) Double lat,
			@Parameter(description = "Longitude") @RequestParam(required = false) Double lon,
			@Parameter(description = "How far from the point, km (default 10)") @RequestParam(
					required = false) Double radiusKm,
			@Parameter(description = "The day a room is wanted, yyyy-MM-dd") @RequestParam(
					required = false) String date,
			@Parameter(description = "From, HH:mm (default the day's start)") @RequestParam(
					required = false) String from,
			@Parameter(description = "To, HH:mm (default midnight)") @RequestParam(required = false) String to,
			@Parameter(description = "First day equipment is wanted, yyyy-MM-dd (default today)") @RequestParam(
					required = false) String first,
			@Parameter(description = "Last day equipment is wanted, yyyy-MM-dd") @RequestParam(
					required = false) String last,
			@Parameter(description = "At most this many of each kind, 1 to " + ResourceQuery.MAX_LIMIT,
					schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer", minimum = "1",
							maximum = "" + ResourceQuery.MAX_LIMIT, defaultValue = "10")) @RequestParam(
									defaultValue = "10") int size,
			Locale locale) {
		return Mono.fromCallable(() -> query(q, municipality, lat, lon, radiusKm, date, from, to, first, last, size))
			.flatMap(this.finder::search)
			.map(found -> new ResourcesResponse(items(found.equipment(), locale), items(found.rooms(), locale)));
	}

	private ResourceQuery query(String q, String municipality, Double lat, Double lon, Double radiusKm, String date,
			String from, String to, String first, String last, int size) {
		if (size < 1 || size > ResourceQuery.MAX_LIMIT) {
			throw new HverdagException.InvalidInput("size", "validation.recommendations.size");
		}
		if (municipality != null && !municipality.isBlank() && !this.municipalities.exists(municipality)) {
			throw new HverdagException.InvalidInput("municipality", "venues.error.municipality");
		}
		if ((lat == null) != (lon == null) || lat != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
			throw new HverdagException.InvalidInput("lat", "validation.near");
		}
		LocalDate day = RoomTime.date(date, "date");
		boolean times = from != null && !from.isBlank() || to != null && !to.isBlank();
		if (day == null && times) {
			day = LocalDate.now(this.clock.withZone(HverdagClock.NORWAY));
		}
		RoomTime time = RoomTime.of(day, from, to);
		LocalDate firstDay = RoomTime.date(first, "first");
		LocalDate lastDay = RoomTime.date(last, "last");
		if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
			throw new HverdagException.InvalidInput("last", "validation.to.afterFrom");
		}
		return new ResourceQuery(q, municipality == null || municipality.isBlank() ? null : municipality, lat, lon,
				lat == null ? null : radiusKm == null ? 10.0 : radiusKm, time == null ? null : time.start(),
				time == null ? null : time.end(), firstDay, lastDay == null ? firstDay : lastDay, size);
	}

	private List<ResourceItem> items(List<ResourceHit> hits, Locale locale) {
		return hits.stream().map(h -> item(h, locale)).toList();
	}

	private ResourceItem item(ResourceHit h, Locale locale) {
		boolean room = h.kind() == ResourceHit.Kind.ROOM;
		return new ResourceItem(h.kind().name(), h.id(), h.name(), h.placeName(), h.municipality(), h.lat(), h.lon(),
				h.distanceKm() == null ? null : Math.round(h.distanceKm() * 10) / 10.0,
				h.labels().stream().map(key -> this.messages.getMessage(key, null, key, locale)).toList(),
				room ? Integer.valueOf(h.detail()) : null, room ? null : h.detail(),
				h.sizes().stream().map(s -> new SizeItem(s.size(), s.free(), s.total())).toList(), h.free(), h.total(),
				h.firstDay(), h.lastDay(), h.freeThen(), h.link());
	}

	record ResourcesResponse(List<ResourceItem> equipment, List<ResourceItem> rooms) {
	}

	/**
	 * A room ({@code capacity}; {@code freeThen} true when a time was asked and it is
	 * free then) or a kind of item at a lending point ({@code openingHours}, its
	 * {@code sizes}, and {@code free} of {@code total} for the days {@code firstDay} to
	 * {@code lastDay}); {@code url} leads to where it is booked or reserved.
	 */
	record ResourceItem(String kind, String id, String name, String placeName, String municipality, Double lat,
			Double lon, Double distanceKm, List<String> labels, Integer capacity, String openingHours,
			List<SizeItem> sizes, Integer free, Integer total, LocalDate firstDay, LocalDate lastDay, Boolean freeThen,
			String url) {
	}

	record SizeItem(String size, int free, int total) {
	}

}
