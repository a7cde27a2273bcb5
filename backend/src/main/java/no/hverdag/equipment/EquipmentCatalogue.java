package no.hverdag.equipment;

import java.util.List;
import java.util.Map;

import no.hverdag.booking.DailyStock;
import no.hverdag.booking.DayRange;
import no.hverdag.equipment.internal.EquipmentStore;
import no.hverdag.equipment.internal.ItemSearch;
import no.hverdag.shared.HverdagException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reading lending points and their items, with how many of each are free on every day of
 * a range (the fewest free on any day is what can be promised).
 */
@Service
public class EquipmentCatalogue {

	private final EquipmentStore store;

	private final DailyStock stock;

	private final ItemSearch search;

	EquipmentCatalogue(EquipmentStore store, DailyStock stock, ItemSearch search) {
		this.search = search;
		this.store = store;
		this.stock = stock;
	}

	public Flux<LendingPoint> points(String municipality) {
		return this.store.points(municipality);
	}

	public Mono<LendingPoint> point(String id) {
		return this.store.point(id).switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("lendingPoint", id)));
	}

	public Flux<Item> items(String pointId) {
		return this.store.items(pointId);
	}

	public Mono<Item> item(String id) {
		return this.store.item(id);
	}

	public Flux<Item> allItems() {
		return this.store.allItems();
	}

	/** Each item of the point with the fewest free on any day of the range. */
	public Mono<List<Availability>> availability(String pointId, DayRange days) {
		return this.store.items(pointId)
			.concatMap(item -> this.stock.freeOn(item.stockKind(), days)
				.map(free -> new Availability(item, fewest(item, free, days))))
			.collectList();
	}

	private static int fewest(Item item, Map<java.time.LocalDate, Integer> free, DayRange days) {
		return days.days().stream().mapToInt(day -> free.getOrDefault(day, item.stock())).min().orElse(item.stock());
	}

	/** An item and how many can be promised for the asked days. */
	public record Availability(Item item, int free) {
	}

	public Mono<Void> importPoint(LendingPoint point, List<Item> items) {
		return this.store.importPoint(point)
			.thenMany(Flux.fromIterable(items))
			.concatMap(this.store::importItem)
			.then()
			.doOnTerminate(this.search::changed);
	}

}
