package no.hverdag.signups.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.Hashes;
import no.hverdag.signups.SignUp;
import no.hverdag.signups.SignUpLists;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * The calendar feeds: an activity's, a signed-in person's sign-ups, and the same by a
 * secret feed address that calendar apps can subscribe to without a session. The text is
 * written on the bounded-elastic scheduler, never on an event-loop thread: ical4j is CPU
 * work on small inputs, but it reads its time zone data and caches lazily, and we would
 * rather not prove it never touches a file.
 */
@Component
class CalendarFeeds {

	private final ActivityCatalogue catalogue;

	private final SignUpLists lists;

	private final SignUpStore store;

	private final SignUpMessages messages;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private volatile ICalendars calendars;

	CalendarFeeds(ActivityCatalogue catalogue, SignUpLists lists, SignUpStore store, SignUpMessages messages,
			Clock clock) {
		this.catalogue = catalogue;
		this.lists = lists;
		this.store = store;
		this.messages = messages;
		this.clock = clock;
	}

	Mono<String> activity(String activityId, String language) {
		return this.catalogue.find(activityId)
			.publishOn(Schedulers.boundedElastic())
			.map(activity -> calendars().activity(activity, language));
	}

	Mono<String> mine(Actor actor, String language) {
		return person(this.lists.mine(actor), language, actor.displayName());
	}

	/** The feed behind a secret address; an unknown or replaced address is not found. */
	Mono<String> byToken(String token, String language) {
		return this.store.feedByTokenHash(Hashes.sha256Hex(token))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("calendar", "")))
			.flatMap(feed -> mine(new Actor(feed.issuer(), feed.subject(), null), language));
	}

	/** A new secret feed address for the person; any earlier one stops working. */
	Mono<String> newFeed(Actor actor) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return this.store
			.saveFeed(new FeedDocument(actor.issuer() + "|" + actor.subject(), actor.issuer(), actor.subject(),
					Hashes.sha256Hex(token), this.clock.instant()))
			.thenReturn(this.messages.baseUrl() + "/calendar/" + token + ".ics");
	}

	private Mono<String> person(Flux<SignUp> signUps, String language, String name) {
		return signUps.filter(SignUp::active).collectList().flatMap(list -> {
			List<String> ids = list.stream().map(SignUp::activityId).distinct().toList();
			return Flux.fromIterable(ids)
				.concatMap(id -> this.catalogue.find(id)
					.onErrorResume(HverdagException.NotFound.class, missing -> Mono.empty()))
				.collectMap(Activity::id)
				.publishOn(Schedulers.boundedElastic())
				.map(activities -> calendars().signUps(list, activities, language, "Hverdag – " + name));
		});
	}

	private ICalendars calendars() {
		ICalendars made = this.calendars;
		if (made == null) {
			made = new ICalendars(this.messages.baseUrl());
			this.calendars = made;
		}
		return made;
	}

}
