package no.hverdag.activities.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import no.hverdag.activities.ActivityQuery;
import no.hverdag.resources.ResourceFinder;
import no.hverdag.resources.ResourceQuery;
import no.hverdag.resources.RoomTime;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.time.HverdagClock;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The home page's rooms and equipment beside the activities (issue 14): the same words,
 * municipality and point; a room is asked for the day the search names (a date, or the
 * next chosen weekday) and the room times, or "after work" (16 to 22), and shown only
 * when free then; equipment for the dates asked, or today. Found by the {@code resources}
 * module from memory, so the page costs at most two more reads.
 */
@Component
class ResourceResults {

	static final LocalTime EVENING_ENDS = LocalTime.of(22, 0);

	private final ObjectProvider<ResourceFinder> finder;

	private final Clock clock;

	ResourceResults(ObjectProvider<ResourceFinder> finder, Clock clock) {
		this.finder = finder;
		this.clock = clock;
	}

	/** What the page shows; {@code problems} are fields typed wrong (room times). */
	record Shown(ResourceFinder.Found found, List<String> problems, java.time.LocalDateTime roomStart,
			java.time.LocalDateTime roomEnd) {
	}

	Mono<Shown> find(ActivityQuery query, String roomFrom, String roomTo, boolean afterWork) {
		ResourceFinder resources = this.finder.getIfAvailable();
		if (resources == null || query.text() == null || query.text().isBlank()) {
			return Mono.just(new Shown(ResourceFinder.Found.NOTHING, List.of(), null, null));
		}
		LocalDate today = LocalDate.now(this.clock.withZone(HverdagClock.NORWAY));
		boolean times = !blank(roomFrom) || !blank(roomTo);
		LocalDate day = RoomTime.day(today, query.weekdays().size() == 1 ? query.weekdays().iterator().next() : null,
				query.from(), query.to());
		if (day == null && (times || afterWork)) {
			day = today;
		}
		RoomTime time;
		try {
			time = times ? RoomTime.of(day, roomFrom, roomTo)
					: afterWork && day != null
							? RoomTime.of(day, ActivityPages.AFTER_WORK.toString(), EVENING_ENDS.toString())
							: RoomTime.of(day, null, null);
		}
		catch (HverdagException.InvalidInput invalid) {
			return Mono.just(new Shown(ResourceFinder.Found.NOTHING,
					invalid.fieldProblems().stream().map(p -> "room" + capitalised(p.field())).toList(), null, null));
		}
		ActivityQuery.GeoPoint near = query.near();
		LocalDate first = query.from() != null ? query.from() : day;
		LocalDate last = query.to() != null ? query.to() : first;
		ResourceQuery asked = new ResourceQuery(query.text(), query.municipality(), near == null ? null : near.lat(),
				near == null ? null : near.lon(), query.radiusKm(), time == null ? null : time.start(),
				time == null ? null : time.end(), first, last, ResourceQuery.DEFAULT_LIMIT);
		return resources.search(asked)
			.map(found -> new Shown(found, List.of(), time == null ? null : time.start(),
					time == null ? null : time.end()));
	}

	private static String capitalised(String field) {
		return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
