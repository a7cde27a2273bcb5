package no.hverdag.equipment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import no.hverdag.booking.DayRange;
import no.hverdag.equipment.EquipmentCatalogue;
import no.hverdag.equipment.Item;
import no.hverdag.equipment.Lending;
import no.hverdag.equipment.ReserveForm;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Equipment pages: lending points, a point's items with what is free for chosen days and
 * a reserve form per item, one's own loans, and the staff desk.
 */
@PageController
class EquipmentPages {

	private final EquipmentCatalogue catalogue;

	private final Lending lending;

	private final MunicipalityDirectory municipalities;

	EquipmentPages(EquipmentCatalogue catalogue, Lending lending, MunicipalityDirectory municipalities) {
		this.catalogue = catalogue;
		this.lending = lending;
		this.municipalities = municipalities;
	}

	@GetMapping("/equipment")
	Mono<Rendering> home(@RequestParam(required = false) String municipality) {
		return actor()
			.flatMap(actor -> this.catalogue.points(municipality)
				.collectList()
				.zipWith(actor.map(a -> this.lending.mine(a).collectList()).orElse(Mono.just(List.of())))
				.zipWith(this.catalogue.allItems().collectList())
				.map(found -> Rendering.view("equipment/home")
					.modelAttribute("points", found.getT1().getT1())
					.modelAttribute("mine", found.getT1().getT2())
					.modelAttribute("itemNames", found.getT2()
						.stream()
						.collect(Collectors.toMap(Item::id, i -> i.name() + " (" + i.size() + ")", (a, b) -> a)))
					.modelAttribute("municipality", municipality == null ? "" : municipality)
					.modelAttribute("municipalities", this.municipalities.all())
					.build()));
	}

	@GetMapping("/equipment/points/{id}")
	Mono<Rendering> point(@PathVariable String id, @RequestParam(required = false) String first,
			@RequestParam(required = false) String last) {
		String from = first == null || first.isBlank() ? this.lending.today().plusDays(2).toString() : first;
		String to = last == null || last.isBlank() ? this.lending.today().plusDays(4).toString() : last;
		return pointPage(id, new ReserveForm(from, to, 1, "", ""), null, List.of(), null, HttpStatus.OK);
	}

	@PostMapping("/equipment/items/{itemId}/reservations")
	Mono<Rendering> reserve(@PathVariable String itemId, @ModelAttribute ReserveForm form) {
		return this.catalogue.item(itemId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("item", itemId)))
			.flatMap(item -> CurrentActor.required()
				.flatMap(actor -> this.lending.reserve(actor, itemId, form))
				.map(loan -> Rendering.redirectTo("/equipment?reserved").status(HttpStatus.SEE_OTHER).build())
				.onErrorResume(HverdagException.InvalidInput.class,
						invalid -> pointPage(item.pointId(), form, itemId, invalid.fieldProblems(), null,
								HttpStatus.BAD_REQUEST))
				.onErrorResume(HverdagException.Conflict.class, conflict -> pointPage(item.pointId(), form, itemId,
						List.of(), conflict.messageKey(), HttpStatus.CONFLICT)));
	}

	private Mono<Rendering> pointPage(String id, ReserveForm form, String failedItem,
			List<HverdagException.FieldProblem> problems, String refusal, HttpStatus status) {
		ReserveForm.Parsed parsed = new ReserveForm(form.first(), form.last(), 1, "", "").parse();
		DayRange days = parsed.problems().isEmpty() ? parsed.days() : null;
		List<HverdagException.FieldProblem> all = new ArrayList<>(problems);
		if (days == null && problems.isEmpty()) {
			parsed.problems().forEach(p -> all.add(new HverdagException.FieldProblem(p.field(), p.messageKey())));
		}
		return actor().flatMap(actor -> this.catalogue.point(id)
			.flatMap(point -> (days == null ? this.catalogue.items(id)
				.map(item -> new EquipmentCatalogue.Availability(item, item.stock()))
				.collectList() : this.catalogue.availability(id, days))
				.map(items -> Rendering.view("equipment/point")
					.status(status == HttpStatus.OK && !all.isEmpty() ? HttpStatus.BAD_REQUEST : status)
					.modelAttribute("point", point)
					.modelAttribute("items", items)
					.modelAttribute("form", form)
					.modelAttribute("failedItem", failedItem == null ? "" : failedItem)
					.modelAttribute("refusal", refusal)
					.modelAttribute("problems", all)
					.modelAttribute("problemFields", all.stream().map(HverdagException.FieldProblem::field).toList())
					.modelAttribute("signedIn", actor.isPresent())
					.build())));
	}

	@PostMapping("/equipment/loans/{id}/cancel")
	Mono<Rendering> cancel(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.lending.cancel(actor, id))
			.thenReturn(Rendering.redirectTo("/equipment?cancelled").status(HttpStatus.SEE_OTHER).build());
	}

	@GetMapping("/equipment/points/{id}/desk")
	Mono<Rendering> desk(@PathVariable String id) {
		return deskPage(id, ReserveForm.empty(), List.of(), null, HttpStatus.OK);
	}

	private Mono<Rendering> deskPage(String id, ReserveForm form, List<HverdagException.FieldProblem> problems,
			String refusal, HttpStatus status) {
		return CurrentActor.required()
			.flatMap(actor -> this.lending.desk(actor, id))
			.map(desk -> Rendering.view("equipment/desk")
				.status(status)
				.modelAttribute("desk", desk)
				.modelAttribute("itemNames",
						desk.items()
							.stream()
							.collect(Collectors.toMap(Item::id, i -> i.name() + " (" + i.size() + ")")))
				.modelAttribute("form", form)
				.modelAttribute("refusal", refusal)
				.modelAttribute("problems", problems)
				.modelAttribute("problemFields", problems.stream().map(HverdagException.FieldProblem::field).toList())
				.build());
	}

	@PostMapping("/equipment/points/{id}/walk-ins")
	Mono<Rendering> walkIn(@PathVariable String id, @ModelAttribute WalkInForm typed) {
		ReserveForm form = new ReserveForm("", typed.last(), typed.count(), typed.name(), typed.contact());
		return CurrentActor.required()
			.flatMap(actor -> this.lending.walkIn(actor, typed.item() == null ? "" : typed.item(), form))
			.map(loan -> done(id, "lent"))
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> deskPage(id, form, invalid.fieldProblems(), null, HttpStatus.BAD_REQUEST))
			.onErrorResume(HverdagException.Conflict.class,
					conflict -> deskPage(id, form, List.of(), conflict.messageKey(), HttpStatus.CONFLICT));
	}

	@PostMapping("/equipment/points/{id}/loans/{loanId}/pickup")
	Mono<Rendering> pickUp(@PathVariable String id, @PathVariable String loanId) {
		return CurrentActor.required()
			.flatMap(actor -> this.lending.pickUp(actor, loanId))
			.thenReturn(done(id, "pickedUp"));
	}

	@PostMapping("/equipment/points/{id}/loans/{loanId}/return")
	Mono<Rendering> giveBack(@PathVariable String id, @PathVariable String loanId) {
		return CurrentActor.required()
			.flatMap(actor -> this.lending.giveBack(actor, loanId))
			.thenReturn(done(id, "returned"));
	}

	@PostMapping("/equipment/points/{id}/loans/{loanId}/lost")
	Mono<Rendering> lost(@PathVariable String id, @PathVariable String loanId, @ModelAttribute LossForm form) {
		return CurrentActor.required()
			.flatMap(actor -> this.lending.lost(actor, loanId, form.note()))
			.thenReturn(done(id, "lost"))
			.onErrorResume(HverdagException.InvalidInput.class, invalid -> deskPage(id, ReserveForm.empty(),
					invalid.fieldProblems(), null, HttpStatus.BAD_REQUEST));
	}

	private static Rendering done(String pointId, String flag) {
		return Rendering.redirectTo("/equipment/points/" + pointId + "/desk?" + flag)
			.status(HttpStatus.SEE_OTHER)
			.build();
	}

	/** A walk-in as posted at the desk. */
	public record WalkInForm(String item, String last, Integer count, String name, String contact) {
	}

	/** A loss's note as posted. */
	public record LossForm(String note) {
	}

	static Mono<Optional<Actor>> actor() {
		return CurrentActor.get().map(Optional::of).defaultIfEmpty(Optional.empty());
	}

}
