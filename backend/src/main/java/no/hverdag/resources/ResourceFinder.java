package no.hverdag.resources;

import java.util.Comparator;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Asks every module with things to use and merges their answers: for a search only what
 * matches best (a thing matching fewer of the words than the best one is left out, so
 * "låne ski" shows skis, not every item to borrow), the best first, at most the limit of
 * each kind. No module answering (none installed) is no answer, not an error.
 */
@Service
public class ResourceFinder {

	private final ObjectProvider<ResourceSearch> searches;

	ResourceFinder(ObjectProvider<ResourceSearch> searches) {
		this.searches = searches;
	}

	/** What matches a query; empty without words. */
	public Mono<Found> search(ResourceQuery query) {
		if (query.text().isBlank()) {
			return Mono.just(Found.NOTHING);
		}
		return Flux.fromStream(this.searches.orderedStream())
			.flatMap(search -> search.search(query))
			.collectList()
			.map(lists -> {
				List<ResourceHit> all = lists.stream().flatMap(List::stream).filter(h -> h.score() > 0).toList();
				double best = all.stream().mapToDouble(ResourceHit::score).max().orElse(0);
				return Found.of(all.stream().filter(h -> h.score() >= best).toList(), query.limit());
			});
	}

	/** What fits a person's season and groups, with the reasons. */
	public Mono<Found> suggest(ResourceSuggestion ask) {
		return Flux.fromStream(this.searches.orderedStream())
			.flatMap(search -> search.suggest(ask))
			.collectList()
			.map(lists -> Found.of(lists.stream().flatMap(List::stream).toList(), ask.limit()));
	}

	/** The hits of each kind, best first. */
	public record Found(List<ResourceHit> equipment, List<ResourceHit> rooms) {

		public static final Found NOTHING = new Found(List.of(), List.of());

		public Found {
			equipment = List.copyOf(equipment);
			rooms = List.copyOf(rooms);
		}

		static Found of(List<ResourceHit> hits, int limit) {
			Comparator<ResourceHit> order = Comparator.comparingDouble(ResourceHit::score)
				.reversed()
				.thenComparing(h -> h.distanceKm() == null ? 0 : h.distanceKm())
				.thenComparing(ResourceHit::placeName)
				.thenComparing(ResourceHit::name)
				.thenComparing(ResourceHit::id);
			return new Found(of(hits, ResourceHit.Kind.EQUIPMENT, order, limit),
					of(hits, ResourceHit.Kind.ROOM, order, limit));
		}

		private static List<ResourceHit> of(List<ResourceHit> hits, ResourceHit.Kind kind,
				Comparator<ResourceHit> order, int limit) {
			return hits.stream().filter(h -> h.kind() == kind).sorted(order).limit(limit).toList();
		}

		public boolean isEmpty() {
			return this.equipment.isEmpty() && this.rooms.isEmpty();
		}

	}

}
