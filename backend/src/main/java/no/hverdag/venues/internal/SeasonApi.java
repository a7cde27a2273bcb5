package no.hverdag.venues.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.venues.Season;
import no.hverdag.venues.SeasonApplication;
import no.hverdag.venues.SeasonForms;
import no.hverdag.venues.SeasonRequest;
import no.hverdag.venues.Seasons;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Season allocation over the API: open a season, apply, run the allocation (a preview
 * with a reason per decision), lock or forbid an application, publish. Problems are RFC
 * 9457 problem details, as everywhere.
 */
@RestController
class SeasonApi {

	private final Seasons seasons;

	SeasonApi(Seasons seasons) {
		this.seasons = seasons;
	}

	record DecisionResponse(String application, String venueId, String room, String reason, String heldBy) {
	}

	record PreviewResponse(List<DecisionResponse> decisions, long score, boolean optimal, double gap, Instant ranAt) {
	}

	record SeasonResponse(String id, String municipality, String name, LocalDate firstDay, int weeks,
			Season.Status status, PreviewResponse preview) {

		static SeasonResponse of(Season s, boolean withPreview) {
			Season.Preview p = s.preview();
			return new SeasonResponse(s.id(), s.municipality(), s.name(), s.firstDay(), s.weeks(), s.status(),
					!withPreview || p == null ? null
							: new PreviewResponse(p.decisions()
								.stream()
								.map(d -> new DecisionResponse(d.applicationId(), d.venueId(), d.roomKey(),
										d.reasonKey(), d.heldBy()))
								.toList(), p.score(), p.optimal(), p.gap(), p.ranAt()));
		}

	}

	record ApplicationResponse(String id, String seasonId, String organisation, String venueId, String room,
			DayOfWeek weekday, LocalTime start, int minutes, int weeks, int participants,
			SeasonRequest.PriorityClass serves, SeasonApplication.Adjustment adjustment,
			SeasonApplication.Outcome outcome, String grantedRoom, String reason) {

		static ApplicationResponse of(SeasonApplication a) {
			return new ApplicationResponse(a.id(), a.seasonId(), a.organisation(), a.venueId(), a.roomKey(),
					a.weekday(), a.start(), a.minutes(), a.weeks(), a.participants(), a.serves(), a.adjustment(),
					a.outcome(), a.grantedRoom(), a.reasonKey());
		}

	}

	record AdjustmentRequest(SeasonApplication.Adjustment adjustment) {
	}

	@Operation(summary = "Seasons of room allocation, by municipality")
	@GetMapping("/api/v1/seasons")
	Flux<SeasonResponse> list(@RequestParam(required = false) String municipality) {
		return this.seasons.seasons(municipality).map(s -> SeasonResponse.of(s, false));
	}

	@Operation(summary = "Open a season (the municipality's coordinator)")
	@PostMapping("/api/v1/seasons")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<SeasonResponse> open(@RequestBody SeasonForms.Open form) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.open(actor, form))
			.map(s -> SeasonResponse.of(s, false));
	}

	@Operation(summary = "One season with its rooms, applications and state")
	@GetMapping("/api/v1/seasons/{id}")
	Mono<SeasonResponse> one(@PathVariable String id) {
		return this.seasons.season(id).map(s -> SeasonResponse.of(s, false));
	}

	@Operation(summary = "Apply for weekly time in a room, or any suitable room of a venue (members of an approved"
			+ " organisation)")
	@PostMapping("/api/v1/seasons/{id}/applications")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ApplicationResponse> apply(@PathVariable String id, @RequestBody SeasonForms.Apply form, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.apply(actor, id, form, locale.getLanguage()))
			.map(ApplicationResponse::of);
	}

	@Operation(summary = "The season's applications (its coordinator)")
	@GetMapping("/api/v1/seasons/{id}/applications")
	Flux<ApplicationResponse> applications(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.coordinated(actor, id))
			.flatMapIterable(Seasons.Coordinated::applications)
			.map(ApplicationResponse::of);
	}

	@Operation(summary = "My organisations' season applications and their outcomes")
	@GetMapping("/api/v1/season-applications/mine")
	Flux<ApplicationResponse> mine() {
		return CurrentActor.required().flatMapMany(this.seasons::mine).map(ApplicationResponse::of);
	}

	@Operation(summary = "Run the allocation: a preview, optimal for the documented priority policy, with a reason"
			+ " per decision")
	@PostMapping("/api/v1/seasons/{id}/allocation")
	Mono<SeasonResponse> run(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.run(actor, id))
			.map(s -> SeasonResponse.of(s, true));
	}

	@Operation(summary = "The allocation preview: each application's decision and its reason")
	@GetMapping("/api/v1/seasons/{id}/allocation")
	Mono<SeasonResponse> preview(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.coordinated(actor, id))
			.map(found -> SeasonResponse.of(found.season(), true));
	}

	@Operation(summary = "Lock an application in, forbid it, or free it (NONE); run again afterwards")
	@PostMapping("/api/v1/seasons/{id}/applications/{application}/adjustment")
	Mono<ApplicationResponse> adjust(@PathVariable String id, @PathVariable String application,
			@RequestBody AdjustmentRequest request) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.adjust(actor, id, application,
					request.adjustment() == null ? SeasonApplication.Adjustment.NONE : request.adjustment()))
			.map(ApplicationResponse::of);
	}

	@Operation(summary = "Publish the current preview at once: granted applications become room bookings"
			+ " (409 if the preview is out of date)")
	@PostMapping("/api/v1/seasons/{id}/publication")
	Mono<SeasonResponse> publish(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.publish(actor, id))
			.map(s -> SeasonResponse.of(s, true));
	}

}
