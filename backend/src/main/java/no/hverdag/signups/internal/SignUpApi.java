package no.hverdag.signups.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import no.hverdag.shared.i18n.SupportedLanguage;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.signups.NewSignUp;
import no.hverdag.signups.SignUp;
import no.hverdag.signups.SignUpLists;
import no.hverdag.signups.SignUpStatus;
import no.hverdag.signups.SignUps;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-ups over the API. The answer to a sign-up carries the cancel token once; it is the
 * person's only key to the sign-up (also sent in the confirmation message).
 */
@RestController
class SignUpApi {

	private final SignUps signUps;

	private final SignUpLists lists;

	private final SignUpMessages messages;

	private final CalendarFeeds feeds;

	SignUpApi(SignUps signUps, SignUpLists lists, SignUpMessages messages, CalendarFeeds feeds) {
		this.signUps = signUps;
		this.lists = lists;
		this.messages = messages;
		this.feeds = feeds;
	}

	record SignUpRequest(String date, String firstName, String contact) {
	}

	record ReceiptResponse(String id, String activityId, LocalDate date, LocalTime start, SignUpStatus status,
			Long position, String cancelToken, String cancelUrl) {
	}

	record SignUpResponse(String id, String activityId, LocalDate date, LocalTime start, LocalTime end,
			String firstName, String contact, SignUpStatus status, Long waitingNumber, Instant signedUpAt) {

		static SignUpResponse of(SignUp s) {
			return new SignUpResponse(s.id(), s.activityId(), s.date(), s.start(), s.end(), s.firstName(), s.contact(),
					s.status(), s.waitingNumber(), s.signedUpAt());
		}

	}

	record ActivitySignUpsResponse(String activityId, String title, List<SignUpResponse> signUps) {
	}

	record FeedResponse(String url) {
	}

	@Operation(summary = "Sign up for one occurrence of an activity")
	@PostMapping("/api/v1/activities/{id}/signups")
	Mono<ResponseEntity<ReceiptResponse>> signUp(@PathVariable String id, @RequestBody SignUpRequest request,
			Locale locale) {
		return CurrentActor.get()
			.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.flatMap(owner -> this.signUps.signUp(new NewSignUp(id, request.date(), request.firstName(),
					request.contact(), SupportedLanguage.of(locale).code(), owner.orElse(null))))
			.map(receipt -> {
				SignUp s = receipt.signUp();
				String url = this.messages.cancelLink(receipt.token());
				return ResponseEntity.created(URI.create("/signups/" + receipt.token()))
					.body(new ReceiptResponse(s.id(), s.activityId(), s.date(), s.start(), s.status(),
							receipt.position(), receipt.token(), url));
			});
	}

	@Operation(summary = "Cancel a sign-up from its private link")
	@DeleteMapping("/api/v1/signups/{token}")
	Mono<SignUpResponse> cancel(@PathVariable String token) {
		return this.signUps.cancel(token).map(SignUpResponse::of);
	}

	@Operation(summary = "The sign-up list of an organisation's activity")
	@GetMapping("/api/v1/organisations/{organisationId}/activities/{activityId}/signups")
	Mono<ActivitySignUpsResponse> organisationList(@PathVariable String organisationId,
			@PathVariable String activityId) {
		return CurrentActor.required()
			.flatMap(actor -> this.lists.forOrganisation(actor, organisationId, activityId))
			.map(found -> new ActivitySignUpsResponse(found.activity().id(), found.activity().title(),
					found.signUps().stream().map(SignUpResponse::of).toList()));
	}

	@Operation(summary = "My sign-ups")
	@GetMapping("/api/v1/me/signups")
	Flux<SignUpResponse> mine() {
		return CurrentActor.required().flatMapMany(this.lists::mine).map(SignUpResponse::of);
	}

	@Operation(summary = "Create or renew the private calendar feed of my sign-ups")
	@PostMapping("/api/v1/me/signups/calendar-feed")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<FeedResponse> newFeed() {
		return CurrentActor.required().flatMap(this.feeds::newFeed).map(FeedResponse::new);
	}

}
