package no.hverdag.equipment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import no.hverdag.booking.DailyStock;
import no.hverdag.booking.DayRange;
import no.hverdag.equipment.Category;
import no.hverdag.equipment.Item;
import no.hverdag.equipment.LendingPoint;
import no.hverdag.resources.Group;
import no.hverdag.resources.ResourceHit;
import no.hverdag.resources.ResourceQuery;
import no.hverdag.resources.ResourceSearch;
import no.hverdag.resources.ResourceSuggestion;
import no.hverdag.resources.Season;
import no.hverdag.resources.Vocabulary;
import no.hverdag.shared.time.HverdagClock;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Equipment in search and "for you": each kind of item at a lending point (all its sizes
 * together) with the words it is found by (its category, its name, its point's name) is
 * held in memory, read again after an import here or after a minute. How many are free on
 * the asked days (today when none) comes from the booking core's daily stock in one read
 * for all the items found.
 */
@Component
public class ItemSearch implements ResourceSearch {

	static final Duration FRESH = Duration.ofMinutes(1);

	private final EquipmentStore store;

	private final DailyStock stock;

	private final Clock clock;

	private volatile Snapshot snapshot;

	ItemSearch(EquipmentStore store, DailyStock stock, Clock clock) {
		this.store = store;
		this.stock = stock;
		this.clock = clock;
	}

	/** One kind of item at a point, all sizes. */
	record Entry(LendingPoint point, Category category, String name, List<Item> items,
			Vocabulary.Searchable searchable) {
	}

	private record Snapshot(List<Entry> entries, Instant loaded) {
	}

	/** Points or items changed here: read them again when next asked. */
	public void changed() {
		this.snapshot = null;
	}

	Mono<List<Entry>> entries() {
		Snapshot current = this.snapshot;
		Instant now = Instant.now();
		if (current != null && current.loaded().plus(FRESH).isAfter(now)) {
			return Mono.just(current.entries());
		}
		return this.store.points(null).collectList().zipWith(this.store.allItems().collectList()).map(found -> {
			Map<String, LendingPoint> points = new LinkedHashMap<>();
			found.getT1().forEach(p -> points.put(p.id(), p));
			Map<String, List<Item>> kinds = new LinkedHashMap<>();
			for (Item item : found.getT2()) {
				if (points.containsKey(item.pointId())) {
					kinds
						.computeIfAbsent(item.pointId() + "|" + item.category() + "|" + item.name(),
								k -> new ArrayList<>())
						.add(item);
				}
			}
			List<Entry> entries = new ArrayList<>();
			kinds.values().forEach(items -> {
				Item first = items.get(0);
				LendingPoint point = points.get(first.pointId());
				entries.add(new Entry(point, first.category(), first.name(), List.copyOf(items), Vocabulary.Searchable
					.of(List.of("any.equipment", "equipment." + first.category().name()), first.name(), point.name())));
			});
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
		return find(query, entry -> words.score(entry.searchable()), entry -> List.of());
	}

	@Override
	public Mono<List<ResourceHit>> suggest(ResourceSuggestion ask) {
		LocalDate day = ask.day() == null ? today() : ask.day();
		Season season = Season.of(day.getMonth());
		// Someone who names no group is an adult on their own.
		List<Group> groups = ask.groups().isEmpty() ? List.of(Group.ADULTS) : ask.groups().stream().sorted().toList();
		ResourceQuery area = ask.area();
		return find(new ResourceQuery("", area.municipality(), area.lat(), area.lon(), area.radiusKm(), null, null, day,
				day, ask.limit()), entry -> {
					Category c = entry.category();
					if (!c.seasons().contains(season)) {
						return 0;
					}
					return groups.stream().anyMatch(c.groups()::contains) ? 2 : 0;
				}, entry -> {
					List<ResourceHit.Reason> reasons = new ArrayList<>();
					reasons.add(new ResourceHit.Reason("resources.reason.season",
							List.of("resources.season." + season.name())));
					groups.stream()
						.filter(entry.category().groups()::contains)
						.filter(g -> g != Group.ADULTS)
						.findFirst()
						.ifPresent(g -> reasons.add(new ResourceHit.Reason("resources.reason.group",
								List.of("resources.group." + g.name()))));
					return reasons;
				});
	}

	private Mono<List<ResourceHit>> find(ResourceQuery query, ToIntFunction<Entry> scoring,
			java.util.function.Function<Entry, List<ResourceHit.Reason>> reasons) {
		LocalDate first = query.firstDay() == null ? today() : query.firstDay();
		LocalDate last = query.lastDay() == null || query.lastDay().isBefore(first) ? first : query.lastDay();
		DayRange days = new DayRange(first, last);
		return entries().flatMap(entries -> {
			List<Entry> found = new ArrayList<>();
			List<Integer> scores = new ArrayList<>();
			for (Entry entry : entries) {
				LendingPoint point = entry.point();
				if (!query.inArea(point.municipality(), point.lat(), point.lon())) {
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
			List<String> kinds = found.stream().flatMap(e -> e.items().stream()).map(Item::stockKind).toList();
			return this.stock.freeOn(kinds, days).map(free -> {
				List<ResourceHit> hits = new ArrayList<>();
				for (int i = 0; i < found.size(); i++) {
					hits.add(hit(found.get(i), query, days, free, scores.get(i), reasons.apply(found.get(i))));
				}
				return hits;
			});
		});
	}

	private ResourceHit hit(Entry entry, ResourceQuery query, DayRange days, Map<String, Map<LocalDate, Integer>> free,
			int score, List<ResourceHit.Reason> reasons) {
		LendingPoint point = entry.point();
		List<ResourceHit.Size> sizes = new ArrayList<>();
		int freeAll = 0;
		int total = 0;
		for (Item item : entry.items()) {
			Map<LocalDate, Integer> byDay = free.getOrDefault(item.stockKind(), Map.of());
			int fewest = Math.max(0,
					days.days()
						.stream()
						.mapToInt(day -> byDay.getOrDefault(day, item.stock()))
						.min()
						.orElse(item.stock()));
			sizes.add(new ResourceHit.Size(item.size(), fewest, item.stock()));
			freeAll += fewest;
			total += item.stock();
		}
		boolean asked = query.firstDay() != null;
		String link = "/equipment/points/" + point.id()
				+ (asked ? "?first=" + days.first() + "&last=" + days.last() : "") + "#item-"
				+ entry.items().get(0).id();
		return new ResourceHit(ResourceHit.Kind.EQUIPMENT, entry.items().get(0).id(), entry.name(),
				point.openingHours(), point.name(), point.municipality(), point.lat(), point.lon(),
				query.distanceKm(point.lat(), point.lon()), List.of("equipment.category." + entry.category().name()),
				sizes, freeAll, total, days.first(), days.last(), null, link, reasons, score);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(HverdagClock.NORWAY));
	}

}
