package no.hverdag.signups;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.Schedule;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;
import no.hverdag.shared.security.Hashes;
import no.hverdag.signups.internal.OccurrenceDocument;
import no.hverdag.signups.internal.OccurrencePlaces;
import no.hverdag.signups.internal.SignUpDocument;
import no.hverdag.signups.internal.SignUpMessages;
import no.hverdag.signups.internal.SignUpStore;
import no.hverdag.shared.operations.PlatformMetrics;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Signing up for an occurrence and cancelling, without transactions. The occurrence's
 * document lists who holds its places, and its counts change in the same update as that
 * list; who does not get a place draws a waiting-list number and waits. When a confirmed
 * person cancels, their place passes straight to the first one waiting (one
 * compare-and-set on the occurrence), so a newcomer can never take it in between; only
 * when nobody waits is the place given back. Each user action writes its intent first (a
 * PENDING sign-up, an unsettled cancel) so that a crash between its writes is finished or
 * rolled back at the next start (ADR 0007).
 */
@Service
public class SignUps {

	static final int MAX_NAME = 60;

	private final SignUpStore store;

	private final ActivityCatalogue catalogue;

	private final SignUpMessages messages;

	private final OccurrencePlaces places;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SignUps(SignUpStore store, ActivityCatalogue catalogue, SignUpMessages messages, OccurrencePlaces places,
			Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.messages = messages;
		this.places = places;
		this.clock = clock;
	}

	public Mono<SignUpReceipt> signUp(NewSignUp request) {
		return attempt(request)
			.doOnSuccess(receipt -> PlatformMetrics.signUp(receipt.signUp().status().name().toLowerCase(Locale.ROOT)))
			.doOnError(error -> PlatformMetrics.signUp(PlatformMetrics.outcomeOf(error)));
	}

	private Mono<SignUpReceipt> attempt(NewSignUp request) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = request.firstName() == null ? "" : request.firstName().strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			problems.add(new FieldProblem("firstName", "validation.firstName"));
		}
		ContactPoint contact = ContactPoint.parse(request.contact()).orElse(null);
		if (contact == null) {
			problems.add(new FieldProblem("contact", "validation.contact"));
		}
		LocalDate date = parseDate(request.date());
		if (date == null) {
			problems.add(new FieldProblem("date", "validation.signup.date"));
		}
		return this.catalogue.find(request.activityId()).flatMap(activity -> {
			if (!activity.participation().signUpRequired()) {
				return Mono.error(new HverdagException.Conflict("error.signup.notNeeded"));
			}
			String problem = date == null ? null : occurrenceProblem(activity, date);
			if (problem != null) {
				problems.add(new FieldProblem("date", problem));
			}
			if (!problems.isEmpty()) {
				return Mono.error(new HverdagException.InvalidInput(problems));
			}
			return place(activity, date, name, contact, request);
		});
	}

	/** Why one cannot sign up for this date, as a message key; null when one can. */
	private String occurrenceProblem(Activity activity, LocalDate date) {
		Schedule schedule = activity.schedule();
		LocalDate today = this.catalogue.today();
		if (date.isAfter(today.plusDays(Schedule.HORIZON_DAYS)) || !activity.happensOn(date)) {
			return "validation.signup.notOccurrence";
		}
		if (!LocalDateTime.of(date, schedule.start()).isAfter(LocalDateTime.now(this.clock))) {
			return "validation.signup.past";
		}
		return null;
	}

	/**
	 * The sign-up is written first, PENDING (the intent: a second one for the same person
	 * fails here, before any place moves); then a place is taken for it by id, and only
	 * then does it become CONFIRMED, or WAITING with a number. A crash in between leaves
	 * a PENDING sign-up that {@code SignUpRecovery} rolls back, its place given back.
	 */
	private Mono<SignUpReceipt> place(Activity activity, LocalDate date, String name, ContactPoint contact,
			NewSignUp request) {
		Integer capacity = activity.participation().capacity();
		String occurrenceId = OccurrenceDocument.idFor(activity.id(), date.toString());
		String token = newToken();
		SignUpDocument pending = document(activity, date, name, contact, request, occurrenceId, token);
		return this.store.ensureOccurrence(occurrenceId, activity.id(), date.toString(), capacity)
			.then(this.store.occurrence(occurrenceId))
			.flatMap(occurrence -> occurrence.cancelledAt() != null
					? Mono.error(new HverdagException.InvalidInput("date", "validation.signup.notOccurrence"))
					: Mono.just(occurrence))
			.flatMap(occurrence -> this.store.insert(pending)
				.onErrorMap(DuplicateKeyException.class,
						duplicate -> new HverdagException.Conflict("error.signup.twice"))
				.then(this.store.claimPlace(occurrenceId, pending.id(), occurrence.capacity() != null)))
			.flatMap(claimed -> claimed ? confirmed(activity, pending, token) : waiting(activity, pending, token));
	}

	private Mono<SignUpReceipt> confirmed(Activity activity, SignUpDocument pending, String token) {
		return this.store.settlePending(pending.id(), SignUpStatus.CONFIRMED.name(), null, false)
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("sign-up rolled back while being made")))
			.flatMap(saved -> this.messages.confirmed(saved, activity, token)
				.thenReturn(new SignUpReceipt(toDomain(saved), token, null)));
	}

	private Mono<SignUpReceipt> waiting(Activity activity, SignUpDocument pending, String token) {
		String occurrenceId = pending.occurrenceId();
		return this.store.nextWaitingNumber(occurrenceId)
			.flatMap(number -> this.store.settlePending(pending.id(), SignUpStatus.WAITING.name(), number, true))
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("sign-up rolled back while being made")))
			// A place may have been freed after ours was refused: look again.
			.flatMap(saved -> this.places.fillFreePlaces(occurrenceId)
				.then(this.store.markSettled(saved.id()))
				.then(this.store.byId(saved.id())))
			.flatMap(now -> SignUpStatus.CONFIRMED.name().equals(now.status())
					? this.messages.confirmed(now, activity, token)
						.thenReturn(new SignUpReceipt(toDomain(now), token, null))
					: this.messages.waiting(now, activity, token, now.waitingNumber())
						.thenReturn(new SignUpReceipt(toDomain(now), token, now.waitingNumber())));
	}

	/**
	 * Cancels the sign-up with this token. A confirmed person's place goes to the first
	 * one waiting. Cancelling twice is harmless; an unknown token is not found. The
	 * cancel is written first and marked unsettled until its place has moved on, so a
	 * crash in between is finished by {@code SignUpRecovery}.
	 */
	public Mono<SignUp> cancel(String token) {
		String hash = Hashes.sha256Hex(token == null ? "" : token);
		return this.store.byTokenHash(hash)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("signup", "")))
			.flatMap(found -> {
				if (!LocalDateTime.of(LocalDate.parse(found.date()), LocalTime.parse(found.start()))
					.isAfter(LocalDateTime.now(this.clock))) {
					return Mono.error(new HverdagException.Conflict("error.signup.over"));
				}
				return this.store.cancel(hash, this.clock.instant())
					.flatMap(before -> this.places.passPlaceOn(before.occurrenceId(), before.id())
						.then(this.store.markSettled(before.id())))
					.then(this.store.byTokenHash(hash))
					.map(SignUps::toDomain);
			});
	}

	private SignUpDocument document(Activity activity, LocalDate date, String name, ContactPoint contact,
			NewSignUp request, String occurrenceId, String token) {
		return new SignUpDocument(UUID.randomUUID().toString(), occurrenceId, activity.id(), activity.organisationId(),
				date.toString(), activity.schedule().start().toString(), activity.schedule().end().toString(), name,
				contact.value(), occurrenceId + "|" + contact.value(), "PENDING", null, Hashes.sha256Hex(token),
				request.language(), request.owner() == null ? null : request.owner().issuer(),
				request.owner() == null ? null : request.owner().subject(), this.clock.instant(), null, null, null,
				null, null);
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static LocalDate parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The domain view of a stored sign-up. */
	public static SignUp toDomain(SignUpDocument d) {
		return new SignUp(d.id(), d.activityId(), d.organisationId(), LocalDate.parse(d.date()),
				LocalTime.parse(d.start()), LocalTime.parse(d.end()), d.firstName(), d.contact(),
				SignUpStatus.valueOf(d.status()), d.waitingNumber(), d.language(), d.signedUpAt());
	}

}
