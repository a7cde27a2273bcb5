package no.hverdag.humanlibrary.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;

import no.hverdag.humanlibrary.VolunteerOffer;
import no.hverdag.humanlibrary.VolunteerOffers;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Volunteer offers over the API: offer, see one's own, and the staff's decisions. */
@RestController
class OfferApi {

	private final VolunteerOffers offers;

	OfferApi(VolunteerOffers offers) {
		this.offers = offers;
	}

	@Operation(summary = "Offer to be a person to borrow at a library")
	@PostMapping("/api/v1/offers")
	@ResponseStatus(HttpStatus.CREATED)
	Flux<VolunteerOffer> submit(@RequestBody OfferRequest request, Locale locale) {
		return CurrentActor.required()
			.flatMapMany(actor -> this.offers.submit(actor,
					new VolunteerOffer.Form(request.firstName(), request.topics(), request.otherTopic(),
							request.languages(), request.presentation(), request.libraries(), request.contact()),
					locale.getLanguage()));
	}

	@Operation(summary = "My offers to be a person to borrow")
	@GetMapping("/api/v1/offers/mine")
	Flux<VolunteerOffer> mine() {
		return CurrentActor.required().flatMapMany(this.offers::mine);
	}

	@Operation(summary = "Volunteer offers waiting at a library (staff)")
	@GetMapping("/api/v1/libraries/{id}/offers")
	Flux<VolunteerOffer> pending(@PathVariable String id) {
		return CurrentActor.required().flatMapMany(actor -> this.offers.pendingAt(actor, id));
	}

	@Operation(summary = "Approve a volunteer's offer (library staff)")
	@PostMapping("/api/v1/offers/{id}/approval")
	Mono<VolunteerOffer> approve(@PathVariable String id) {
		return CurrentActor.required().flatMap(actor -> this.offers.approve(actor, id));
	}

	@Operation(summary = "Decline a volunteer's offer (library staff), with a reason")
	@PostMapping("/api/v1/offers/{id}/rejection")
	Mono<VolunteerOffer> reject(@PathVariable String id) {
		return CurrentActor.required().flatMap(actor -> this.offers.reject(actor, id));
	}

	record OfferRequest(String firstName, List<String> topics, String otherTopic, List<String> languages,
			String presentation, List<String> libraries, String contact) {
	}

}
