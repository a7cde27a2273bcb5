package no.hverdag.signups;

import java.util.List;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.Hashes;
import no.hverdag.signups.internal.SignUpStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Who sees which sign-ups: the person with the cancel token sees theirs; an organisation
 * (its members and its municipality's coordinator) sees the sign-ups of its own
 * activities; a signed-in person sees their own.
 */
@Service
public class SignUpLists {

	private final SignUpStore store;

	private final ActivityCatalogue catalogue;

	private final Organisations organisations;

	SignUpLists(SignUpStore store, ActivityCatalogue catalogue, Organisations organisations) {
		this.store = store;
		this.catalogue = catalogue;
		this.organisations = organisations;
	}

	/** A sign-up and where it stands now: its place in the waiting list, if waiting. */
	public record Standing(SignUp signUp, Activity activity, Long position) {
	}

	public Mono<Standing> byToken(String token) {
		return this.store.byTokenHash(Hashes.sha256Hex(token == null ? "" : token))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("signup", "")))
			.flatMap(found -> {
				SignUp signUp = SignUps.toDomain(found);
				Mono<Long> position = signUp.status() == SignUpStatus.WAITING
						? this.store.waitingBefore(found.occurrenceId(), found.waitingNumber()).map(n -> n + 1)
						: Mono.empty();
				return this.catalogue.findAny(signUp.activityId())
					.flatMap(activity -> position.map(p -> new Standing(signUp, activity, p))
						.defaultIfEmpty(new Standing(signUp, activity, null)));
			});
	}

	/**
	 * The coming sign-ups of one of the organisation's activities; 403 for whoever does
	 * not manage the organisation, 404 for another organisation's activity.
	 */
	public Mono<ActivitySignUps> forOrganisation(Actor actor, String organisationId, String activityId) {
		return this.organisations.managedBy(actor, organisationId)
			.then(this.catalogue.findAny(activityId))
			.filter(activity -> activity.organisationId().equals(organisationId))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", activityId)))
			.flatMap(activity -> this.store.ofActivity(activityId, this.catalogue.today().toString())
				.map(SignUps::toDomain)
				.collectList()
				.map(list -> new ActivitySignUps(activity, list)));
	}

	/** An activity and its sign-ups, in date and queue order. */
	public record ActivitySignUps(Activity activity, List<SignUp> signUps) {
	}

	/**
	 * The person's own sign-ups: made while signed in, or (signed in with a one-time
	 * code) with that contact point.
	 */
	public Flux<SignUp> mine(Actor actor) {
		String contact = Actor.PASSWORDLESS_ISSUER.equals(actor.issuer()) ? actor.subject() : null;
		return this.store.ofPerson(actor.issuer(), actor.subject(), contact).map(SignUps::toDomain);
	}

}
