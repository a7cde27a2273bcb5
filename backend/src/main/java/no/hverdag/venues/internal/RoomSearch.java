package no.hverdag.venues.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import no.hverdag.booking.Period;
import no.hverdag.resources.ResourceHit;
import no.hverdag.resources.ResourceQuery;
import no.hverdag.resources.ResourceSearch;
import no.hverdag.resources.ResourceSuggestion;
import no.hverdag.resources.Vocabulary;
import no.hverdag.venues.Facility;
import no.hverdag.venues.Room;
import no.hverdag.venues.RoomBookings;
import no.hverdag.venues.Venue;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Rooms of listed venues in search and "for you": every room with the words it is found
 * by (its name, its venue's name, building type and facilities) is held in memory and
 * read again after a venue changes here, or after a minute (a change on another node). A
 * room asked for a time is shown only when its venue is open then and the booking core
 * has no approved booking in it: one read for all the rooms found.
 */
@Component
public class RoomSearch implements ResourceSearch {

	static final Duration FRESH = Duration.ofMinutes(1);

	private final VenueStore store;

	private final RoomBookings bookings;

	private volatile Snapshot snapshot;

	RoomSearch(VenueStore store, RoomBookings bookings) {
		this.store = store;
		this.bookings = bookings;
	}

	/** A room as it is searched. */
	record Entry(Venue venue, Room room, Vocabulary.Searchable searchable) {

		String resource() {
			return this.room.resource(this.venue.id());
		}

	}

	private record Snapshot(List<Entry> entries, Instant loaded) {
	}

	/**
	 * A venue was registered, decided or imported here: read them again when next asked.
	 */
	public void changed() {
		this.snapshot = null;
	}

	Mono<List<Entry>> entries() {
		Snapshot current = this.snapshot;
		Instant now = Instant.now();
		if (current != null && current.loaded().plus(FRESH).isAfter(now)) {
			return Mono.just(current.entries());
		}
		return this.store.listed(null).collectList().map(venues -> {
			List<Entry> entries = new ArrayList<>();
			for (Venue venue : venues) {
				List<String> structured = new ArrayList<>();
				structured.add("any.room");
				structured.add("building." + venue.buildingType());
				venue.facilities().forEach(f -> structured.add("facility." + f.name()));
				for (Room room : venue.rooms()) {
					entries
						.add(new Entry(venue, room, Vocabulary.Searchable.of(structured, room.name(), venue.name())));
				}
			}
			List<Entry> loaded = List.copyOf(entries);
			this.snapshot = new Snapshot(loaded, now);
			return loaded;
		});
	}

	@Override
	public Mono<List<ResourceHit>> search(ResourceQuery query) {
		Vocabulary.Query words = Vocabulary.standard().query(query.text());
		if (words.isEmpty()) {
			return Mono.just(List.of());
		}
		return find(query, entry -> words.score(entry.searchable()), List.of());
	}

	@Override
	public Mono<List<ResourceHit>> suggest(ResourceSuggestion ask) {
		if (!ask.roomsForGroups()) {
			return Mono.just(List.of());
		}
		List<ResourceHit.Reason> reasons = new ArrayList<>();
		reasons.add(new ResourceHit.Reason("resources.reason.roomForGroups", List.of()));
		if (ask.roomStart() != null) {
			reasons.add(new ResourceHit.Reason("resources.reason.roomFreeThen", List.of()));
		}
		return find(ask.area(), entry -> 1 + Math.min(entry.room().capacity(), 100) / 100, reasons);
	}

	private Mono<List<ResourceHit>> find(ResourceQuery query, ToIntFunction<Entry> scoring,
			List<ResourceHit.Reason> reasons) {
		Period period = query.asksRoomTime() ? new Period(query.roomStart(), query.roomEnd()) : null;
		return entries().flatMap(entries -> {
			List<Entry> found = new ArrayList<>();
			List<Integer> scores = new ArrayList<>();
			for (Entry entry : entries) {
				Venue venue = entry.venue();
				if (!query.inArea(venue.municipality(), venue.lat(), venue.lon())
						|| period != null && !venue.openFor(period)) {
					continue;
				}
				int score = scoring.applyAsInt(entry);
				if (score > 0) {
					found.add(entry);
					scores.add(score);
				}
			}
			if (found.isEmpty()) {
				return Mono.just(List.<ResourceHit>of());
			}
			Mono<Set<String>> taken = period == null ? Mono.just(Set.of())
					: this.bookings.taken(found.stream().map(Entry::resource).toList(), period);
			return taken.map(busy -> {
				List<ResourceHit> hits = new ArrayList<>();
				for (int i = 0; i < found.size(); i++) {
					Entry entry = found.get(i);
					if (!busy.contains(entry.resource())) {
						hits.add(hit(entry, query, period, scores.get(i), reasons));
					}
				}
				return hits;
			});
		});
	}

	private ResourceHit hit(Entry entry, ResourceQuery query, Period period, int score,
			List<ResourceHit.Reason> reasons) {
		Venue venue = entry.venue();
		Room room = entry.room();
		List<String> labels = new ArrayList<>();
		labels.add("venues.building." + venue.buildingType());
		venue.facilities().stream().sorted().map(Facility::name).forEach(f -> labels.add("venues.facility." + f));
		String week = period == null ? "" : "?week=" + VenuePages.monday(period.day());
		return new ResourceHit(ResourceHit.Kind.ROOM, venue.id() + "/" + room.key(), room.name(),
				String.valueOf(room.capacity()), venue.name(), venue.municipality(), venue.lat(), venue.lon(),
				query.distanceKm(venue.lat(), venue.lon()), labels, List.of(), null, null,
				period == null ? null : period.day(), period == null ? null : period.day(),
				period == null ? null : Boolean.TRUE, "/venues/" + venue.id() + "/rooms/" + room.key() + week, reasons,
				score);
	}

}
