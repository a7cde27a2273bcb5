package no.hverdag.humanlibrary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.humanlibrary.internal.OfferStore;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Volunteers offer themselves as people to borrow (one offer per library chosen); the
 * staff of that library approve or reject. An approval turns the offer into a person to
 * borrow with no sessions yet: the staff set those.
 */
@Service
public class VolunteerOffers {

	private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

	private final OfferStore store;

	private final Libraries libraries;

	private final StaffScope staff;

	private final LibraryAdministration administration;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	VolunteerOffers(OfferStore store, Libraries libraries, StaffScope staff, LibraryAdministration administration,
			AuditLog audit, MessageSource messages, Clock clock) {
		this.store = store;
		this.libraries = libraries;
		this.staff = staff;
		this.administration = administration;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	public Flux<VolunteerOffer> submit(Actor volunteer, VolunteerOffer.Form form, String lang) {
		List<HverdagException.FieldProblem> problems = new ArrayList<>(form.problems());
		Mono<Boolean> librariesExist = Flux.fromIterable(form.libraries())
			.flatMap(id -> this.libraries.find(id).hasElement().onErrorReturn(false))
			.all(Boolean::booleanValue);
		return librariesExist.flatMapMany(exist -> {
			if (!exist && problems.stream().noneMatch(p -> p.field().equals("libraries"))) {
				problems.add(new HverdagException.FieldProblem("libraries", "validation.offer.libraries"));
			}
			if (!problems.isEmpty()) {
				return Flux.error(new HverdagException.InvalidInput(problems));
			}
			String contact = ContactPoint.parse(form.contact()).map(ContactPoint::value).orElse(null);
			return Flux.fromIterable(form.libraries().stream().distinct().toList())
				.concatMap(libraryId -> this.store.insert(new VolunteerOffer(UUID.randomUUID().toString(),
						volunteer.issuer(), volunteer.subject(), libraryId, form.firstName(), form.topics(),
						form.otherTopic(), form.languages(), form.presentation(), contact,
						VolunteerOffer.Status.PENDING, this.clock.instant(), null, lang)));
		});
	}

	public Flux<VolunteerOffer> mine(Actor volunteer) {
		return this.store.of(volunteer.issuer(), volunteer.subject());
	}

	public Flux<VolunteerOffer> pendingAt(Actor staffMember, String libraryId) {
		return this.staff.of(staffMember, libraryId).flatMapMany(library -> this.store.pendingAt(libraryId));
	}

	/**
	 * Approves a pending offer once (a conditional update); the person to borrow is made
	 * from it and the decision is audited.
	 */
	public Mono<VolunteerOffer> approve(Actor staffMember, String offerId) {
		return decide(staffMember, offerId, VolunteerOffer.Status.APPROVED)
			.flatMap(offer -> this.administration.importPerson(toPerson(offer)).thenReturn(offer));
	}

	public Mono<VolunteerOffer> reject(Actor staffMember, String offerId) {
		return decide(staffMember, offerId, VolunteerOffer.Status.REJECTED);
	}

	/**
	 * The offer a person to borrow was made from (same id), with the contact point and
	 * language they gave.
	 */
	public Mono<VolunteerOffer> offerOf(String personId) {
		return this.store.find(personId);
	}

	private Mono<VolunteerOffer> decide(Actor staffMember, String offerId, VolunteerOffer.Status outcome) {
		return this.store.find(offerId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("offer", offerId)))
			.flatMap(offer -> this.staff.of(staffMember, offer.libraryId())
				.flatMap(library -> this.store.decide(offerId, outcome, this.clock.instant())
					.switchIfEmpty(Mono.error(() -> new HverdagException.Conflict("error.offer.alreadyDecided")))
					.flatMap(decided -> this.audit
						.record(staffMember,
								outcome == VolunteerOffer.Status.APPROVED ? AuditAction.OFFER_APPROVED
										: AuditAction.OFFER_REJECTED,
								library.municipality(), library.name() + ": " + offer.firstName(), offerId)
						.thenReturn(decided))));
	}

	private PersonToBorrow toPerson(VolunteerOffer offer) {
		List<String> topics = new ArrayList<>(offer.topics()
			.stream()
			.map(key -> this.messages.getMessage("topic." + key, null, key, NORWEGIAN))
			.toList());
		if (!offer.otherTopic().isEmpty()) {
			topics.add(offer.otherTopic());
		}
		return new PersonToBorrow(offer.id(), offer.libraryId(), offer.firstName(), topics, offer.languages(),
				java.util.Set.of(), List.of(), 30, 1);
	}

}
