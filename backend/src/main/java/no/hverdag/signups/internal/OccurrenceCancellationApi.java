package no.hverdag.signups.internal;

import no.hverdag.shared.security.CurrentActor;
import no.hverdag.signups.OccurrenceCancellations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import reactor.core.publisher.Mono;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OccurrenceCancellationApi {

	private final OccurrenceCancellations cancellations;

	OccurrenceCancellationApi(OccurrenceCancellations cancellations) {
		this.cancellations = cancellations;
	}

	/** {@code reason}: optional, at most 500 characters, told to everyone signed up. */
	record CancelRequest(String reason) {
	}

	@Operation(summary = "Cancel one occurrence of a listing",
			description = "Members of its organisation and its municipality's coordinator. Everyone signed up and "
					+ "waiting is told in the language they signed up in; their sign-ups end. date: yyyy-MM-dd, a "
					+ "coming occurrence.")
	@ApiResponses({ @ApiResponse(responseCode = "200", description = "Cancelled; told: how many people were told"),
			@ApiResponse(responseCode = "400", description = "Not a coming occurrence, or a bad reason",
					content = @Content(mediaType = "application/problem+json",
							schema = @Schema(implementation = ProblemDetail.class))),
			@ApiResponse(responseCode = "403", description = "Not your organisation's listing",
					content = @Content(mediaType = "application/problem+json",
							schema = @Schema(implementation = ProblemDetail.class))),
			@ApiResponse(responseCode = "404", description = "No such listing",
					content = @Content(mediaType = "application/problem+json",
							schema = @Schema(implementation = ProblemDetail.class))) })
	@PostMapping("/api/v1/activities/{id}/occurrences/{date}/cancellation")
	Mono<OccurrenceCancellations.Cancelled> cancel(@PathVariable String id, @PathVariable String date,
			@RequestBody(required = false) CancelRequest request) {
		return CurrentActor.required()
			.flatMap(actor -> Mono.fromCallable(() -> OccurrenceCancellations.date(date))
				.flatMap(day -> this.cancellations.cancel(actor, id, day, request == null ? null : request.reason())));
	}

}
