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
import java.util.UUID;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.Schedule;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;
import no.hverdag.shared.security.Hashes;
import no.hverdag.signups.internal.OccurrenceDocument;
import no.hverdag.signups.internal.SignUpDocument;
import no.hverdag.signups.internal.SignUpMessages;
import no.hverdag.signups.internal.SignUpStore;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Signing up for an occurrence and cancelling, without transactions. A place is one
 * conditional {@code $inc} on the occurrence's document; who does not get one draws a
 * waiting-list number (another {@code $inc}) and waits. When a confirmed person cancels,
 * their place passes straight to the first one waiting (one conditional update on that
 * sign-up, WAITING to CONFIRMED), so a newcomer can never take it in between; only when
 * nobody waits is the place given back. After any step that may leave a place free while
 * someone waits (a cancel racing a new waiting entry), {@link #fillFreePlaces} repeats
 * "claim a place, promote the first waiting, or give the place back" until either runs
 * out, so every freed place is claimed once and promotes at most one person.
 */
@Service
public class SignUps {

	static final int MAX_NAME = 60;

	private final SignUpStore store;

	private final ActivityCatalogue catalogue;

	private final SignUpMessages messages;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SignUps(SignUpStore store, ActivityCatalogue catalogue, SignUpMessages messages, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
	}

	public Mono<SignUpReceipt> signUp(NewSignUp request) {
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
			String problem = date == null ? null : occurrenceProblem(activity.schedule(), date);
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
	private String occurrenceProblem(Schedule schedule, LocalDate date) {
		LocalDate today = this.catalogue.today();
		if (date.isAfter(today.plusDays(Schedule.HORIZON_DAYS)) || !schedule.happensOn(date)) {
			return "validation.signup.notOccurrence";
		}
		if (!LocalDateTime.of(date, schedule.start()).isAfter(LocalDateTime.now(this.clock))) {
			return "validation.signup.past";
		}
		return null;
	}

	private Mono<SignUpReceipt> place(Activity activity, LocalDate date, String name, ContactPoint contact,
			NewSignUp request) {
		Integer capacity = activity.participation().capacity();
		boolean limited = capacity != null;
		String occurrenceId = OccurrenceDocument.idFor(activity.id(), date.toString());
		String token = newToken();
		return this.store.ensureOccurrence(occurrenceId, activity.id(), date.toString(), capacity)
			.then(this.store.claimPlace(occurrenceId, limited))
			.flatMap(claimed -> {
				if (claimed) {
					SignUpDocument confirmed = document(activity, date, name, contact, request, occurrenceId, token,
							SignUpStatus.CONFIRMED, null);
					return this.store.insert(confirmed)
						.onErrorResume(DuplicateKeyException.class,
								duplicate -> this.store.releasePlace(occurrenceId, limited)
									.then(fillFreePlaces(activity, occurrenceId))
									.then(Mono.error(new HverdagException.Conflict("error.signup.twice"))))
						.flatMap(saved -> this.messages.confirmed(saved, activity, token)
							.thenReturn(new SignUpReceipt(toDomain(saved), token, null)));
				}
				return this.store.nextWaitingNumber(occurrenceId)
					.map(number -> document(activity, date, name, contact, request, occurrenceId, token,
							SignUpStatus.WAITING, number))
					.flatMap(this.store::insert)
					.onErrorMap(DuplicateKeyException.class,
							duplicate -> new HverdagException.Conflict("error.signup.twice"))
					.flatMap(saved -> fillFreePlaces(activity, occurrenceId).then(this.store.byId(saved.id()))
						.flatMap(now -> SignUpStatus.CONFIRMED.name().equals(now.status())
								? this.messages.confirmed(now, activity, token)
									.thenReturn(new SignUpReceipt(toDomain(now), token, null))
								: this.messages.waiting(now, activity, token, now.waitingNumber())
									.thenReturn(new SignUpReceipt(toDomain(now), token, now.waitingNumber()))));
			});
	}

	/**
	 * Cancels the sign-up with this token. A confirmed person's place goes to the first
	 * one waiting. Cancelling twice is harmless; an unknown token is not found.
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
					.flatMap(
							before -> SignUpStatus.CONFIRMED.name().equals(before.status())
									? this.catalogue.find(before.activityId())
										.flatMap(activity -> passPlaceOn(activity, before.occurrenceId()))
									: Mono.empty())
					.then(this.store.byTokenHash(hash))
					.map(SignUps::toDomain);
			});
	}

	/** The place a cancel freed goes to the first one waiting, else back to the pool. */
	private Mono<Void> passPlaceOn(Activity activity, String occurrenceId) {
		return this.store.promoteOldest(occurrenceId, this.clock.instant())
			.flatMap(promoted -> this.messages.promoted(promoted, activity).thenReturn(true))
			.switchIfEmpty(
					Mono.defer(() -> this.store.releasePlace(occurrenceId, activity.participation().capacity() != null)
						.then(fillFreePlaces(activity, occurrenceId))
						.thenReturn(false)))
			.then();
	}

	/**
	 * While a place is free and someone waits, moves the first one waiting into it. Each
	 * round claims a place first (conditional), then promotes one person (conditional);
	 * when nobody waits any more the claimed place is given back.
	 */
	Mono<Void> fillFreePlaces(Activity activity, String occurrenceId) {
		boolean limited = activity.participation().capacity() != null;
		return this.store.waitingCount(occurrenceId).flatMap(waiting -> {
			if (waiting == 0) {
				return Mono.empty();
			}
			return this.store.claimPlace(occurrenceId, limited).flatMap(claimed -> {
				if (!claimed) {
					return Mono.empty();
				}
				return this.store.promoteOldest(occurrenceId, this.clock.instant())
					.flatMap(promoted -> this.messages.promoted(promoted, activity)
						.then(fillFreePlaces(activity, occurrenceId)))
					// Nobody left to promote: give the place back, then look once more,
					// as
					// someone may have joined the list after our look and before the
					// release.
					.switchIfEmpty(Mono.defer(() -> this.store.releasePlace(occurrenceId, limited)
						.then(fillFreePlaces(activity, occurrenceId))));
			});
		});
	}

	private SignUpDocument document(Activity activity, LocalDate date, String name, ContactPoint contact,
			NewSignUp request, String occurrenceId, String token, SignUpStatus status, Long waitingNumber) {
		return new SignUpDocument(UUID.randomUUID().toString(), occurrenceId, activity.id(), activity.organisationId(),
				date.toString(), activity.schedule().start().toString(), activity.schedule().end().toString(), name,
				contact.value(), occurrenceId + "|" + contact.value(), status.name(), waitingNumber,
				Hashes.sha256Hex(token), request.language(), request.owner() == null ? null : request.owner().issuer(),
				request.owner() == null ? null : request.owner().subject(), this.clock.instant(), null, null, null);
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
