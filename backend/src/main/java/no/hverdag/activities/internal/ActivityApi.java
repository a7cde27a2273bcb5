package no.hverdag.activities.internal;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ActivityApi {

	private final ActivityCatalogue catalogue;

	private final ActivityPublishing publishing;

	private final MunicipalityDirectory municipalities;

	private final ActivityMapper mapper;

	ActivityApi(ActivityCatalogue catalogue, ActivityPublishing publishing, MunicipalityDirectory municipalities,
			ActivityMapper mapper) {
		this.catalogue = catalogue;
		this.publishing = publishing;
		this.municipalities = municipalities;
		this.mapper = mapper;
	}

	@GetMapping("/api/v1/activities")
	Flux<ActivityResponse> search(@RequestParam(required = false) String municipality,
			@RequestParam(required = false) ActivityType type, @RequestParam(required = false) String lang,
			@RequestParam(required = false) Boolean free, @RequestParam(required = false) String q,
			@RequestParam(required = false) DayOfWeek weekday,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime after,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime before) {
		if (municipality != null && !municipality.isBlank() && !this.municipalities.exists(municipality)) {
			return Flux.error(new HverdagException.InvalidInput("municipality", "validation.municipality.unknown"));
		}
		return this.catalogue.search(new ActivityQuery(q, municipality, type, lang, free, weekday, after, before))
			.map(this.mapper::toResponse);
	}

	@GetMapping("/api/v1/activities/{id}")
	Mono<ActivityResponse> one(@PathVariable String id) {
		return this.catalogue.find(id).map(this.mapper::toResponse);
	}

	@PostMapping("/api/v1/organisations/{organisationId}/activities")
	Mono<ResponseEntity<ActivityResponse>> post(@PathVariable String organisationId,
			@Valid @RequestBody ActivityForm form) {
		return CurrentActor.required()
			.flatMap(actor -> Mono.fromCallable(form::toDraft)
				.flatMap(draft -> this.publishing.post(actor, organisationId, draft)))
			.map(this.mapper::toResponse)
			.map(created -> ResponseEntity.created(URI.create("/api/v1/activities/" + created.id())).body(created));
	}

	record ActivityResponse(String id, String organisationId, String organisationName, String type, String title,
			String description, ScheduleResponse schedule, PlaceResponse place, List<String> languages, boolean free,
			Instant publishedAt) {
	}

	/**
	 * {@code kind} is WEEKLY (with {@code dayOfWeek}) or ONE_OFF (with {@code date});
	 * times are HH:mm.
	 */
	record ScheduleResponse(String kind, String date, String dayOfWeek, String start, String end) {
	}

	record PlaceResponse(String name, String address, String municipality, Double lat, Double lon) {
	}

}
