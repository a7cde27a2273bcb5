package no.hverdag.activities.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ListingLifecycle;
import no.hverdag.activities.ListingReports;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;
import no.hverdag.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API for a listing after it was posted, the same as the pages offer: edit it (PUT
 * the whole form, or PATCH some of its fields), withdraw it, resubmit it; report it
 * (anyone); and for the coordinator the open reports, dismissing one, unpublishing a
 * listing with a reason and publishing it again, at once or at a time. Errors are problem
 * details.
 */
@RestController
@ApiResponses({
		@ApiResponse(responseCode = "400", description = "Bad input: problem details with a list of field problems",
				content = @Content(mediaType = "application/problem+json",
						schema = @Schema(implementation = ProblemDetail.class))),
		@ApiResponse(responseCode = "401", description = "Not signed in (problem details)",
				content = @Content(mediaType = "application/problem+json",
						schema = @Schema(implementation = ProblemDetail.class))),
		@ApiResponse(responseCode = "403", description = "Not yours to change (problem details)",
				content = @Content(mediaType = "application/problem+json",
						schema = @Schema(implementation = ProblemDetail.class))),
		@ApiResponse(responseCode = "404", description = "No such listing or report (problem details)",
				content = @Content(mediaType = "application/problem+json",
						schema = @Schema(implementation = ProblemDetail.class))),
		@ApiResponse(responseCode = "409",
				description = "The listing or report is not in a state that allows this (problem details)",
				content = @Content(mediaType = "application/problem+json",
						schema = @Schema(implementation = ProblemDetail.class))) })
class ListingApi {

	private static final Set<String> FORM_FIELDS = Arrays.stream(ActivityForm.class.getRecordComponents())
		.map(component -> component.getName())
		.collect(Collectors.toUnmodifiableSet());

	private final ListingLifecycle lifecycle;

	private final ListingReports reports;

	private final ActivityCatalogue catalogue;

	private final ActivityMapper mapper;

	private final JsonMapper json;

	private final Validator validator;

	ListingApi(ListingLifecycle lifecycle, ListingReports reports, ActivityCatalogue catalogue, ActivityMapper mapper,
			JsonMapper json, Validator validator) {
		this.lifecycle = lifecycle;
		this.reports = reports;
		this.catalogue = catalogue;
		this.mapper = mapper;
		this.json = json;
		this.validator = validator;
	}

	@Operation(summary = "Replace a listing's content",
			description = "The whole form, as when posting. Sign-ups, state and cancelled dates stay; "
					+ "members of its organisation and its municipality's coordinator.")
	@PutMapping("/api/v1/activities/{id}")
	Mono<ActivityApi.ActivityResponse> replace(@PathVariable String id, @Valid @RequestBody ActivityForm form,
			Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> Mono.fromCallable(form::toDraft).flatMap(draft -> this.lifecycle.edit(actor, id, draft)))
			.map(activity -> respond(activity, locale));
	}

	@Operation(summary = "Change some fields of a listing",
			description = "Any fields of the form (as for PUT); the others keep their values. "
					+ "An unknown field is refused.")
	@PatchMapping("/api/v1/activities/{id}")
	Mono<ActivityApi.ActivityResponse> patch(@PathVariable String id, @RequestBody Map<String, Object> changes,
			Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.lifecycle.managed(actor, id)
				.flatMap(current -> Mono.fromCallable(() -> merged(current, changes).toDraft()))
				.flatMap(draft -> this.lifecycle.edit(actor, id, draft)))
			.map(activity -> respond(activity, locale));
	}

	/** The listing's form with the changed fields over it, checked as a whole form is. */
	private ActivityForm merged(Activity current, Map<String, Object> changes) {
		List<FieldProblem> unknown = changes.keySet()
			.stream()
			.filter(field -> !FORM_FIELDS.contains(field) || "publishAt".equals(field))
			.map(field -> new FieldProblem(field, "validation.patch.unknownField"))
			.toList();
		if (!unknown.isEmpty()) {
			throw new HverdagException.InvalidInput(unknown);
		}
		Map<String, Object> fields = new LinkedHashMap<>(this.json.convertValue(ActivityForm.of(current), Map.class));
		fields.putAll(changes);
		ActivityForm form;
		try {
			form = this.json.convertValue(fields, ActivityForm.class);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			String field = changes.keySet().stream().findFirst().orElse("body");
			throw new HverdagException.InvalidInput(field, "typeMismatch");
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (ConstraintViolation<ActivityForm> violation : this.validator.validate(form)) {
			problems.add(new FieldProblem(violation.getPropertyPath().toString(),
					violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
		}
		if (!problems.isEmpty()) {
			throw new HverdagException.InvalidInput(problems);
		}
		return form;
	}

	@Operation(summary = "Withdraw a listing",
			description = "Members of its organisation and its municipality's "
					+ "coordinator. Newcomers no longer find it; its sign-ups stay on record.")
	@PostMapping("/api/v1/activities/{id}/withdrawal")
	Mono<ActivityApi.ActivityResponse> withdraw(@PathVariable String id, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.lifecycle.withdraw(actor, id))
			.map(activity -> respond(activity, locale));
	}

	@Operation(summary = "Resubmit an unpublished listing for review",
			description = "After fixing what the coordinator's reason says.")
	@PostMapping("/api/v1/activities/{id}/resubmission")
	Mono<ActivityApi.ActivityResponse> resubmit(@PathVariable String id, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.lifecycle.resubmit(actor, id))
			.map(activity -> respond(activity, locale));
	}

	/** {@code reason} is required and shown to the organisation. */
	record UnpublishRequest(String reason) {
	}

	/** {@code publishAt}: an ISO instant to publish at; absent for at once. */
	record RepublishRequest(String publishAt) {
	}

	@Operation(summary = "Unpublish a listing with a reason",
			description = "The coordinator of its municipality; the organisation is told, in its members' language.")
	@PostMapping("/api/v1/activities/{id}/unpublishing")
	Mono<ActivityApi.ActivityResponse> unpublish(@PathVariable String id, @RequestBody UnpublishRequest request,
			Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.lifecycle.unpublish(actor, id, request.reason()))
			.map(activity -> respond(activity, locale));
	}

	@Operation(summary = "Publish a resubmitted listing again",
			description = "The coordinator of its municipality: at once, or at publishAt (persisted; carried out "
					+ "even after a restart).")
	@PostMapping("/api/v1/activities/{id}/republishing")
	Mono<ActivityApi.ActivityResponse> republish(@PathVariable String id, @RequestBody RepublishRequest request,
			Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> Mono
				.fromCallable(() -> java.util.Optional.ofNullable(ListingModerationPages.instant(request.publishAt())))
				.flatMap(at -> this.lifecycle.republish(actor, id, at.orElse(null))))
			.map(activity -> respond(activity, locale));
	}

	/**
	 * {@code category}: one of the report categories; {@code note} at most 1,000
	 * characters.
	 */
	record ReportRequest(String category, String note) {
	}

	record ReportResponse(String id, String activityId, String activityTitle, String organisationName,
			String municipality, String category, String note, java.time.Instant reportedAt) {

		static ReportResponse of(ListingReports.Report r) {
			return new ReportResponse(r.id(), r.activityId(), r.activityTitle(), r.organisationName(), r.municipality(),
					r.category().name(), r.note(), r.reportedAt());
		}

	}

	@Operation(summary = "Report a listing",
			description = "Anyone, no account needed (rate limited per client address). category: "
					+ "WRONG_INFORMATION, DOES_NOT_HAPPEN, INAPPROPRIATE, DISCRIMINATION, SPAM or OTHER.")
	@PostMapping("/api/v1/activities/{id}/reports")
	Mono<ResponseEntity<Map<String, String>>> report(@PathVariable String id, @RequestBody ReportRequest request) {
		return this.reports.report(id, request.category(), request.note())
			.map(report -> ResponseEntity.created(URI.create("/api/v1/moderation/reports/" + report.id()))
				.body(Map.of("id", report.id(), "status", "OPEN")));
	}

	@Operation(summary = "Open reports in the coordinator's municipalities")
	@ApiResponse(responseCode = "200", description = "The open reports, newest first",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(
							schema = @io.swagger.v3.oas.annotations.media.Schema(
									implementation = ReportResponse.class))))
	@GetMapping("/api/v1/moderation/reports")
	Flux<ReportResponse> openReports() {
		return CurrentActor.required().flatMapMany(this.reports::openFor).map(ReportResponse::of);
	}

	@Operation(summary = "Dismiss a report", description = "The coordinator of the listing's municipality.")
	@PostMapping("/api/v1/moderation/reports/{id}/dismissal")
	Mono<ReportResponse> dismiss(@PathVariable String id) {
		return CurrentActor.required().flatMap(actor -> this.reports.dismiss(actor, id)).map(ReportResponse::of);
	}

	@Operation(summary = "Listings resubmitted for review in the coordinator's municipalities")
	@ApiResponse(responseCode = "200", description = "The listings waiting for review",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(
							schema = @io.swagger.v3.oas.annotations.media.Schema(
									implementation = ActivityApi.ActivityResponse.class))))
	@GetMapping("/api/v1/moderation/listings")
	Flux<ActivityApi.ActivityResponse> inReview(Locale locale) {
		return CurrentActor.required().flatMapMany(this.lifecycle::inReview).map(activity -> respond(activity, locale));
	}

	private ActivityApi.ActivityResponse respond(Activity activity, Locale locale) {
		return this.mapper.toResponse(activity, locale.getLanguage(),
				this.catalogue.upcoming(activity, ActivityApi.OCCURRENCES), null);
	}

}
