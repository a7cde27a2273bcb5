package no.hverdag.signups.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import no.hverdag.activities.Activity;
import no.hverdag.activities.Occurrence;
import no.hverdag.activities.SignUpPanel;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Fills the activity page's sign-up form: the coming occurrences that have not started,
 * with places left and the waiting list's length, and for a signed-in visitor their name
 * (and contact point, when they signed in with one).
 */
@Component
class SignUpPanelProvider implements SignUpPanel {

	private final SignUpStore store;

	private final Clock clock;

	SignUpPanelProvider(SignUpStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public Mono<View> view(Activity activity, List<Occurrence> upcoming) {
		if (!activity.participation().signUpRequired()) {
			return Mono.empty();
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		List<Occurrence> open = upcoming.stream().filter(o -> o.startsAt().isAfter(now)).toList();
		Integer capacity = activity.participation().capacity();
		List<String> ids = open.stream()
			.map(o -> OccurrenceDocument.idFor(activity.id(), o.date().toString()))
			.toList();
		Mono<Map<String, OccurrenceDocument>> places = this.store.occurrences(ids)
			.collectMap(OccurrenceDocument::id, Function.identity());
		Mono<List<Offer>> offers = places.flatMap(known -> Flux.fromIterable(open).concatMap(o -> {
			String id = OccurrenceDocument.idFor(activity.id(), o.date().toString());
			OccurrenceDocument doc = known.get(id);
			Integer left = capacity == null ? null : doc == null ? capacity : doc.remaining();
			Mono<Long> waiting = doc == null ? Mono.just(0L) : this.store.waitingCount(id);
			return waiting.map(w -> new Offer(o.date(), o.start(), left, w));
		}).collectList());
		Mono<Actor> actor = CurrentActor.get();
		return offers.zipWith(actor.map(a -> List.of(a)).defaultIfEmpty(List.of())).map(found -> {
			Actor who = found.getT2().isEmpty() ? null : found.getT2().get(0);
			String firstName = who == null ? null : firstWord(who.displayName());
			String contact = who != null && Actor.PASSWORDLESS_ISSUER.equals(who.issuer()) ? who.subject() : null;
			if (contact != null && contact.equals(firstName)) {
				firstName = null;
			}
			return new View(found.getT1(), firstName, contact);
		});
	}

	private static String firstWord(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return name.strip().split("\\s+")[0];
	}

}
