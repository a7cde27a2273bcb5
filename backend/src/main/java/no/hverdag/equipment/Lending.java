package no.hverdag.equipment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.hverdag.accounts.AccessControl;
import no.hverdag.booking.Admission;
import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.DailyStock;
import no.hverdag.booking.DayRange;
import no.hverdag.booking.Holder;
import no.hverdag.equipment.internal.EquipmentStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.time.HverdagClock;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reserving, walk-ins, pick-up, return and loss. The point's rules decide (plain Java);
 * the booking core's daily stock keeps "never more out or reserved on a day than exist".
 * A reservation is written first as {@code PENDING_HOLD} with {@code holdSince} (the
 * intent), then the stock is taken day by day, then it becomes {@code APPROVED}; the
 * recovery step rolls back what a crash left half-way.
 */
@Service
public class Lending {

	static final String WALK_IN_ISSUER = "urn:hverdag:walk-in";

	private final EquipmentStore store;

	private final DailyStock stock;

	private final AccessControl accessControl;

	private final Clock clock;

	Lending(EquipmentStore store, DailyStock stock, AccessControl accessControl, Clock clock) {
		this.store = store;
		this.stock = stock;
		this.accessControl = accessControl;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(HverdagClock.NORWAY));
	}

	/** A signed-in person reserves items for days ahead. */
	public Mono<Loan> reserve(Actor actor, String itemId, ReserveForm form) {
		ReserveForm.Parsed parsed = form.parse();
		if (!parsed.problems().isEmpty()) {
			return Mono.error(invalid(parsed.problems()));
		}
		return itemAndPoint(itemId).flatMap(found -> {
			Item item = found.item();
			if (found.point()
				.rules()
				.admitDays(parsed.days(), form.count(), item.stock(), today()) instanceof Admission.Refused refused) {
				return Mono.error(invalid(refused.reasons()));
			}
			Holder holder = new Holder(actor.issuer(), actor.subject(),
					blank(form.name()) ? actor.displayName() : form.name().strip(),
					form.contact() == null ? "" : form.contact().strip());
			return hold(item, holder, form.count(), parsed.days(), false, BookingStatus.APPROVED);
		});
	}

	/** Staff lend items on the spot, from today to the last day. */
	public Mono<Loan> walkIn(Actor staff, String itemId, ReserveForm form) {
		ReserveForm typed = new ReserveForm(today().toString(), form.last(), form.count(), form.name(), form.contact());
		ReserveForm.Parsed parsed = typed.parse();
		if (!parsed.problems().isEmpty()) {
			return Mono.error(invalid(parsed.problems()));
		}
		if (blank(form.name())) {
			return Mono.error(new HverdagException.InvalidInput("name", "equipment.error.name"));
		}
		return itemAndPoint(itemId).flatMap(found -> staffAt(staff, found.point()).then(Mono.defer(() -> {
			var rules = found.point().rules();
			var walkInRules = new no.hverdag.booking.BookingRules(0, rules.maxDaysAhead(), rules.maxDays(), 0, 0);
			if (walkInRules.admitDays(parsed.days(), form.count(), found.item().stock(),
					today()) instanceof Admission.Refused refused) {
				return Mono.error(invalid(refused.reasons()));
			}
			String contact = form.contact() == null ? "" : form.contact().strip();
			Holder holder = new Holder(WALK_IN_ISSUER, "walk-in-" + UUID.randomUUID(), form.name().strip(), contact);
			return hold(found.item(), holder, form.count(), parsed.days(), true, BookingStatus.OUT);
		})));
	}

	private Mono<Loan> hold(Item item, Holder holder, int count, DayRange days, boolean walkIn, BookingStatus then) {
		Loan loan = new Loan(UUID.randomUUID().toString(), item.pointId(), item.id(), holder, count, days,
				BookingStatus.PENDING_HOLD, walkIn, this.clock.instant(), this.clock.instant(), null, null);
		return this.store.insert(loan)
			.then(this.stock.take(item.stockKind(), item.stock(), loan.id(), count, days))
			.flatMap(taken -> taken
					? this.store.move(loan.id(), BookingStatus.PENDING_HOLD, then, null, null)
						.then(this.store.loan(loan.id()))
					: this.store.delete(loan.id())
						.then(Mono.error(new HverdagException.Conflict("equipment.error.notEnough"))));
	}

	/** The holder (or staff) cancels a reservation; its days are given back. */
	public Mono<Loan> cancel(Actor actor, String loanId) {
		return loan(loanId).flatMap(
				loan -> (loan.holder().is(actor.issuer(), actor.subject()) ? Mono.just(loan) : staffFor(actor, loan))
					.then(this.store.move(loanId, BookingStatus.APPROVED, BookingStatus.CANCELLED, this.clock.instant(),
							null))
					.flatMap(moved -> moved ? giveBackAll(loan).then(this.store.loan(loanId))
							: Mono.error(new HverdagException.Conflict("equipment.error.notReserved"))));
	}

	/** Staff hand the reserved items over. */
	public Mono<Loan> pickUp(Actor staff, String loanId) {
		return loan(loanId).flatMap(loan -> staffFor(staff, loan)
			.then(this.store.move(loanId, BookingStatus.APPROVED, BookingStatus.OUT, null, null))
			.flatMap(moved -> moved ? this.store.loan(loanId)
					: Mono.error(new HverdagException.Conflict("equipment.error.notReserved"))));
	}

	/** Staff take the items back; days after today are free again. */
	public Mono<Loan> giveBack(Actor staff, String loanId) {
		return loan(loanId).flatMap(loan -> staffFor(staff, loan)
			.then(this.store.move(loanId, BookingStatus.OUT, BookingStatus.RETURNED, this.clock.instant(), null))
			.flatMap(moved -> moved ? finishReturn(loan).then(this.store.loan(loanId))
					: Mono.error(new HverdagException.Conflict("equipment.error.notOut"))));
	}

	/** Staff record the items as lost or broken: they leave the stock, with a note. */
	public Mono<Loan> lost(Actor staff, String loanId, String note) {
		if (blank(note) || note.length() > 300) {
			return Mono.error(new HverdagException.InvalidInput("note", "equipment.error.note"));
		}
		return loan(loanId).flatMap(loan -> staffFor(staff, loan)
			.then(this.store.move(loanId, BookingStatus.OUT, BookingStatus.LOST, this.clock.instant(), note.strip()))
			.flatMap(moved -> moved ? finishLoss(loan).then(this.store.loan(loanId))
					: Mono.error(new HverdagException.Conflict("equipment.error.notOut"))));
	}

	Mono<Boolean> giveBackAll(Loan loan) {
		return this.stock.giveBack("item:" + loan.itemId(), loan.id()).then(this.store.clearHold(loan.id()));
	}

	Mono<Boolean> finishReturn(Loan loan) {
		return this.stock.giveBackFrom("item:" + loan.itemId(), loan.id(), today().plusDays(1))
			.then(this.store.clearHold(loan.id()));
	}

	/**
	 * Each step is idempotent (the loss id is recorded), so recovery may run it again.
	 */
	Mono<Boolean> finishLoss(Loan loan) {
		String kind = "item:" + loan.itemId();
		LocalDate tomorrow = today().plusDays(1);
		return this.store.reduceStock(loan.itemId(), loan.count(), loan.id())
			.then(this.stock.giveBackFrom(kind, loan.id(), tomorrow))
			.then(this.stock.changeStock(kind, tomorrow, -loan.count(), loan.id()))
			.then(this.store.clearHold(loan.id()));
	}

	public Flux<Loan> mine(Actor actor) {
		return this.store.ofHolder(actor.issuer(), actor.subject());
	}

	/** What the staff desk shows: reserved, out, and out past the last day. */
	public Mono<Desk> desk(Actor staff, String pointId) {
		return this.store.point(pointId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("lendingPoint", pointId)))
			.flatMap(point -> staffAt(staff, point)
				.then(this.store.ofPoint(pointId, List.of(BookingStatus.APPROVED, BookingStatus.OUT)).collectList())
				.zipWith(this.store.items(pointId).collectList())
				.map(found -> {
					LocalDate today = today();
					List<Loan> loans = found.getT1();
					return new Desk(point, found.getT2(),
							loans.stream().filter(l -> l.status() == BookingStatus.APPROVED).toList(),
							loans.stream().filter(l -> l.status() == BookingStatus.OUT && !l.overdueOn(today)).toList(),
							loans.stream().filter(l -> l.overdueOn(today)).toList());
				}));
	}

	/** A staff desk's lists. */
	public record Desk(LendingPoint point, List<Item> items, List<Loan> reserved, List<Loan> out, List<Loan> overdue) {
	}

	private Mono<Loan> loan(String loanId) {
		return this.store.loan(loanId).switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("loan", loanId)));
	}

	private Mono<Loan> staffFor(Actor actor, Loan loan) {
		return this.store.point(loan.pointId()).flatMap(point -> staffAt(actor, point)).thenReturn(loan);
	}

	private Mono<Void> staffAt(Actor actor, LendingPoint point) {
		return this.accessControl.rolesOf(actor)
			.map(roles -> new Staff(roles.platformAdmin(), roles.coordinatedMunicipalities(), roles.organisations()))
			.filter(point::staffedBy)
			.switchIfEmpty(Mono.error(() -> new HverdagException.Forbidden("equipment.error.notStaff")))
			.then();
	}

	private Mono<ItemAt> itemAndPoint(String itemId) {
		return this.store.item(itemId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("item", itemId)))
			.flatMap(item -> this.store.point(item.pointId()).map(point -> new ItemAt(item, point)));
	}

	private record ItemAt(Item item, LendingPoint point) {
	}

	static HverdagException.InvalidInput invalid(List<Admission.Refusal> reasons) {
		return new HverdagException.InvalidInput(
				reasons.stream().map(r -> new HverdagException.FieldProblem(r.field(), r.messageKey())).toList());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
