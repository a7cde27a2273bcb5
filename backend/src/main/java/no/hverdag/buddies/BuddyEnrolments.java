package no.hverdag.buddies;

import java.time.Clock;
import java.util.UUID;

import no.hverdag.buddies.internal.BuddyStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Enrolling in a programme (signed in, by OpenID Connect or a one-time code), one's own
 * enrolments, and the coordinator's approval of locals after a conversation.
 */
@Service
public class BuddyEnrolments {

	private final BuddyStore store;

	private final BuddyProgrammes programmes;

	private final Clock clock;

	BuddyEnrolments(BuddyStore store, BuddyProgrammes programmes, Clock clock) {
		this.store = store;
		this.programmes = programmes;
		this.clock = clock;
	}

	public Mono<Enrolment> enrol(Actor actor, String programmeId, EnrolmentRequest request, String uiLanguage) {
		return this.programmes.find(programmeId)
			.map(programme -> request.validate(UUID.randomUUID().toString(), programme.id(), programme.municipality(),
					programme.maxPerLocal(), actor.issuer(), actor.subject(), uiLanguage, this.clock.instant()))
			.flatMap(this.store::insert)
			.onErrorMap(DuplicateKeyException.class,
					e -> new HverdagException.Conflict("buddies.error.alreadyEnrolled"));
	}

	public Flux<Enrolment> mine(Actor actor) {
		return this.store.enrolmentsOf(actor.issuer(), actor.subject());
	}

	/** Everyone enrolled in a programme the actor runs. */
	public Flux<Enrolment> ofProgramme(Actor actor, String programmeId) {
		return this.programmes.managedBy(actor, programmeId).flatMapMany(p -> this.store.enrolments(p.id()));
	}

	/**
	 * Approves a local once the coordinator has recorded that a conversation took place;
	 * nothing else about it is stored.
	 */
	public Mono<Void> approve(Actor actor, String programmeId, String enrolmentId, boolean conversationHeld) {
		if (!conversationHeld) {
			return Mono.error(new HverdagException.InvalidInput("conversationHeld", "buddies.error.conversation"));
		}
		return this.programmes.managedBy(actor, programmeId)
			.flatMap(p -> this.store.approve(p.id(), enrolmentId, this.clock.instant()))
			.flatMap(done -> done ? Mono.<Void>empty()
					: this.store.enrolment(enrolmentId)
						.filter(e -> e.programmeId().equals(programmeId))
						.switchIfEmpty(Mono.error(new HverdagException.NotFound("buddyEnrolment", enrolmentId)))
						.flatMap(e -> Mono.error(new HverdagException.Conflict("buddies.error.alreadyApproved"))));
	}

	/** For demo content: no actor, no checks; once. */
	public Mono<Enrolment> importEnrolment(Enrolment enrolment) {
		return this.store.enrolment(enrolment.id())
			.switchIfEmpty(this.store.insert(enrolment).onErrorResume(DuplicateKeyException.class, e -> Mono.empty()));
	}

}
