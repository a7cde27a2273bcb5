package no.hverdag.humanlibrary.internal;

import no.hverdag.accounts.AccessControl;
import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.StaffScope;
import no.hverdag.humanlibrary.VolunteerOffers;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The library staff's pages: their libraries, and per library the offers waiting for a
 * decision.
 */
@PageController
class StaffPages {

	private final StaffScope staff;

	private final VolunteerOffers offers;

	private final Libraries libraries;

	private final AccessControl accessControl;

	StaffPages(StaffScope staff, VolunteerOffers offers, Libraries libraries, AccessControl accessControl) {
		this.staff = staff;
		this.offers = offers;
		this.libraries = libraries;
		this.accessControl = accessControl;
	}

	@GetMapping("/staff")
	Mono<Rendering> mine() {
		return CurrentActor.required()
			.flatMap(this.accessControl::rolesOf)
			.flatMap(roles -> this.libraries.all()
				.filter(library -> roles.staffOf(library.id()))
				.collectList()
				.map(list -> Rendering.view("humanlibrary/staff-home").modelAttribute("libraries", list).build()));
	}

	@GetMapping("/staff/libraries/{libraryId}")
	Mono<Rendering> library(@PathVariable String libraryId) {
		return CurrentActor.required()
			.flatMap(actor -> this.staff.of(actor, libraryId)
				.zipWith(this.offers.pendingAt(actor, libraryId).collectList())
				.map(found -> Rendering.view("humanlibrary/staff")
					.modelAttribute("library", found.getT1())
					.modelAttribute("pending", found.getT2())
					.build()));
	}

	@PostMapping("/staff/libraries/{libraryId}/offers/{offerId}/approve")
	Mono<Rendering> approve(@PathVariable String libraryId, @PathVariable String offerId) {
		return CurrentActor.required()
			.flatMap(actor -> this.offers.approve(actor, offerId))
			.thenReturn(back(libraryId, "approved"));
	}

	@PostMapping("/staff/libraries/{libraryId}/offers/{offerId}/reject")
	Mono<Rendering> reject(@PathVariable String libraryId, @PathVariable String offerId) {
		return CurrentActor.required()
			.flatMap(actor -> this.offers.reject(actor, offerId))
			.thenReturn(back(libraryId, "rejected"));
	}

	static Rendering back(String libraryId, String flag) {
		return Rendering.redirectTo("/staff/libraries/" + libraryId + "?" + flag).status(HttpStatus.SEE_OTHER).build();
	}

}
