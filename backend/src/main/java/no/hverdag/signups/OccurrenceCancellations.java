package no.hverdag.signups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ListingLifecycle;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.signups.internal.OccurrenceDocument;
import no.hverdag.signups.internal.SignUpMessages;
import no.hverdag.signups.internal.SignUpStore;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * An organisation cancels one occurrence of its listing: everyone signed up for it, and
 * everyone on its waiting list, is told in the language they signed up in, and their
 * sign-ups end. Several documents change, so the cancel follows ADR 0007: the intent is
 * written first on the occurrence ({@code cancelledAt} with {@code cancelUnfinished});
 * then the date is cancelled on the listing, each sign-up is ended and marked to be told
 * ({@code cancelNotice}), its place given back, the message sent and the mark cleared;
 * last the intent is cleared. Each step is idempotent, and
 * {@code OccurrenceCancellationRecovery} re-runs {@link #finish} after a crash.
 */
@Service
public class OccurrenceCancellations {

	private final ListingLifecycle listings;

	private final SignUpStore store;

	private final SignUpMessages messages;

	private final Clock clock;

	OccurrenceCancellations(ListingLifecycle listings, SignUpStore store, SignUpMessages messages, Clock clock) {
		this.listings = listings;
		this.store = store;
		this.messages = messages;
		this.clock = clock;
	}

	/** What a cancel did: the date and how many people were told. */
	public record Cancelled(LocalDate date, long told) {
	}

	/** Who would be told: confirmed and waiting sign-ups of the occurrence. */
	public Mono<Long> affected(String activityId, LocalDate date) {
		return this.store.active(OccurrenceDocument.idFor(activityId, date.toString())).count();
	}

	public static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new HverdagException.InvalidInput("date", "validation.date");
		}
	}

	public Mono<Cancelled> cancel(Actor actor, String activityId, LocalDate date, String reason) {
		String cleaned = reason == null || reason.isBlank() ? null : reason.strip();
		if (cleaned != null && cleaned.length() > 500) {
			return Mono.error(new HverdagException.InvalidInput("reason", "validation.cancel.reasonLength"));
		}
		return this.listings.mayCancel(actor, activityId, date).flatMap(activity -> {
			String occurrenceId = OccurrenceDocument.idFor(activityId, date.toString());
			return this.store
				.markCancelled(occurrenceId, activityId, date.toString(), activity.participation().capacity(), cleaned,
						this.clock.instant())
				.then(this.listings.recordCancelled(actor, activity, date, cleaned))
				.then(finish(occurrenceId))
				.map(told -> new Cancelled(date, told));
		});
	}

	/**
	 * Finishes a cancelled occurrence: the date off the listing, every active sign-up
	 * ended, released and told, the intent cleared. Doing it again changes nothing and
	 * tells nobody twice; the count of people told this time.
	 */
	public Mono<Long> finish(String occurrenceId) {
		return this.store.occurrence(occurrenceId)
			.filter(occurrence -> occurrence.cancelledAt() != null)
			.flatMap(occurrence -> this.listings.find(occurrence.activityId()).flatMap(activity -> {
				LocalDate date = LocalDate.parse(occurrence.date());
				Mono<Activity> listed = activity.cancelledDates().contains(date) ? Mono.just(activity)
						: this.listings.cancelDate(activity.id(), date);
				boolean limited = occurrence.capacity() != null;
				return listed.flatMap(current -> this.store.active(occurrenceId)
					.concatMap(signUp -> this.store.endForCancelledOccurrence(signUp.id(), this.clock.instant()))
					.concatMap(ended -> this.store.releasePlace(occurrenceId, ended.id(), limited))
					.then(this.store.noticePending(occurrenceId)
						.concatMap(pending -> this.messages
							.occurrenceCancelled(pending, current, occurrence.cancelReason())
							.then(this.store.noticeSent(pending.id())))
						.count())
					.flatMap(told -> this.store.cancelFinished(occurrenceId).thenReturn(told)));
			}))
			.defaultIfEmpty(0L);
	}

}
