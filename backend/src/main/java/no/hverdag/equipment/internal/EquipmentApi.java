package no.hverdag.equipment.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.DayRange;
import no.hverdag.equipment.EquipmentCatalogue;
import no.hverdag.equipment.LendingPoint;
import no.hverdag.equipment.Lending;
import no.hverdag.equipment.Loan;
import no.hverdag.equipment.ReserveForm;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Equipment over the API: points and items with what is free, reservations, the desk. */
@RestController
class EquipmentApi {

	private final EquipmentCatalogue catalogue;

	private final Lending lending;

	EquipmentApi(EquipmentCatalogue catalogue, Lending lending) {
		this.catalogue = catalogue;
		this.lending = lending;
	}

	record ItemResponse(String id, String category, String name, String size, int stock, Integer free) {
	}

	record PointResponse(String id, String name, String municipality, String address, Double lat, Double lon,
			String openingHours, int reserveFromDaysAhead, int reserveToDaysAhead, int maxLoanDays,
			List<ItemResponse> items) {

		static PointResponse of(LendingPoint p, List<ItemResponse> items) {
			return new PointResponse(p.id(), p.name(), p.municipality(), p.address(), p.lat(), p.lon(),
					p.openingHours(), p.rules().minDaysAhead(), p.rules().maxDaysAhead(), p.rules().maxDays(), items);
		}

	}

	record LoanResponse(String id, String pointId, String itemId, int count, String first, String last,
			BookingStatus status, boolean walkIn, String note) {

		static LoanResponse of(Loan l) {
			return new LoanResponse(l.id(), l.pointId(), l.itemId(), l.count(), l.days().first().toString(),
					l.days().last().toString(), l.status(), l.walkIn(), l.note());
		}

	}

	record LossRequest(String note) {
	}

	@Operation(summary = "Lending points by municipality with their items")
	@GetMapping("/api/v1/equipment")
	Flux<PointResponse> points(@RequestParam(required = false) String municipality) {
		return this.catalogue.points(municipality)
			.concatMap(point -> this.catalogue.items(point.id())
				.map(i -> new ItemResponse(i.id(), i.category().name(), i.name(), i.size(), i.stock(), null))
				.collectList()
				.map(items -> PointResponse.of(point, items)));
	}

	@Operation(summary = "A lending point; with first and last (yyyy-MM-dd) how many of each item are free then")
	@GetMapping("/api/v1/equipment/points/{id}")
	Mono<PointResponse> point(@PathVariable String id, @RequestParam(required = false) String first,
			@RequestParam(required = false) String last) {
		DayRange days = range(first, last);
		return this.catalogue.point(id)
			.flatMap(
					point -> (days == null
							? this.catalogue.items(id)
								.map(i -> new ItemResponse(i.id(), i.category().name(), i.name(), i.size(), i.stock(),
										null))
								.collectList()
							: this.catalogue.availability(id, days)
								.map(list -> list.stream()
									.map(a -> new ItemResponse(a.item().id(), a.item().category().name(),
											a.item().name(), a.item().size(), a.item().stock(), a.free()))
									.toList()))
						.map(items -> PointResponse.of(point, items)));
	}

	static DayRange range(String first, String last) {
		if ((first == null || first.isBlank()) && (last == null || last.isBlank())) {
			return null;
		}
		ReserveForm.Parsed parsed = new ReserveForm(first, last, 1, "", "").parse();
		if (!parsed.problems().isEmpty()) {
			throw new HverdagException.InvalidInput(parsed.problems()
				.stream()
				.map(r -> new HverdagException.FieldProblem(r.field(), r.messageKey()))
				.toList());
		}
		return parsed.days();
	}

	@Operation(summary = "Reserve items for whole days (409 when not enough are free on some day)")
	@PostMapping("/api/v1/equipment/items/{itemId}/reservations")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<LoanResponse> reserve(@PathVariable String itemId, @RequestBody ReserveForm form) {
		return CurrentActor.required()
			.flatMap(actor -> this.lending.reserve(actor, itemId, form))
			.map(LoanResponse::of);
	}

	@Operation(summary = "Staff lend items on the spot, from today")
	@PostMapping("/api/v1/equipment/items/{itemId}/walk-ins")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<LoanResponse> walkIn(@PathVariable String itemId, @RequestBody ReserveForm form) {
		return CurrentActor.required().flatMap(actor -> this.lending.walkIn(actor, itemId, form)).map(LoanResponse::of);
	}

	@Operation(summary = "My equipment reservations and loans")
	@GetMapping("/api/v1/equipment/loans/mine")
	Flux<LoanResponse> mine() {
		return CurrentActor.required().flatMapMany(this.lending::mine).map(LoanResponse::of);
	}

	@Operation(summary = "Cancel an equipment reservation")
	@DeleteMapping("/api/v1/equipment/loans/{id}")
	Mono<LoanResponse> cancel(@PathVariable String id) {
		return CurrentActor.required().flatMap(actor -> this.lending.cancel(actor, id)).map(LoanResponse::of);
	}

	@Operation(summary = "Register that a reservation was picked up (lending staff)")
	@PostMapping("/api/v1/equipment/loans/{id}/pickup")
	Mono<LoanResponse> pickUp(@PathVariable String id) {
		return CurrentActor.required().flatMap(actor -> this.lending.pickUp(actor, id)).map(LoanResponse::of);
	}

	@Operation(summary = "Register that a loan came back (lending staff)")
	@PostMapping("/api/v1/equipment/loans/{id}/return")
	Mono<LoanResponse> giveBack(@PathVariable String id) {
		return CurrentActor.required().flatMap(actor -> this.lending.giveBack(actor, id)).map(LoanResponse::of);
	}

	@Operation(summary = "Staff record the items as lost or broken; they leave the stock")
	@PostMapping("/api/v1/equipment/loans/{id}/loss")
	Mono<LoanResponse> lost(@PathVariable String id, @RequestBody LossRequest request) {
		return CurrentActor.required()
			.flatMap(actor -> this.lending.lost(actor, id, request.note()))
			.map(LoanResponse::of);
	}

	@Operation(summary = "Staff: reserved, out and overdue loans of a lending point")
	@GetMapping("/api/v1/equipment/points/{id}/desk")
	Mono<DeskResponse> desk(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.lending.desk(actor, id))
			.map(desk -> new DeskResponse(desk.reserved().stream().map(LoanResponse::of).toList(),
					desk.out().stream().map(LoanResponse::of).toList(),
					desk.overdue().stream().map(LoanResponse::of).toList()));
	}

	record DeskResponse(List<LoanResponse> reserved, List<LoanResponse> out, List<LoanResponse> overdue) {
	}

}
