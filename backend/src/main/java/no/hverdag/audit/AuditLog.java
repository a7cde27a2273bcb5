package no.hverdag.audit;

import java.time.Clock;
import java.util.Collection;

import no.hverdag.audit.internal.AuditStore;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Appends to and reads the audit log. Use cases await {@link #record} before they answer,
 * so an acknowledged privileged action always has its entry.
 */
@Service
public class AuditLog {

	/** What an erased person's name becomes in a target. */
	public static final String ERASED = "[erased]";

	private static final Actor SYSTEM = new Actor("urn:hverdag:system", "hverdag", "Hverdag");

	private final AuditStore store;

	private final Clock clock;

	AuditLog(AuditStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public Mono<Void> record(Actor actor, AuditAction action, String municipality, String target, String detail) {
		return this.store.append(new AuditEntry(this.clock.instant(), actor.issuer(), actor.subject(),
				actor.displayName(), action, municipality, target, detail));
	}

	/**
	 * An entry no person made: a consequence of someone's erasure that a coordinator must
	 * see (an organisation that lost its contact).
	 */
	public Mono<Void> recordSystem(AuditAction action, String municipality, String target, String detail) {
		return this.store.append(new AuditEntry(this.clock.instant(), SYSTEM.issuer(), SYSTEM.subject(),
				SYSTEM.displayName(), action, municipality, target, detail));
	}

	/**
	 * On a person's erasure: the entries about one thing of theirs (its id in
	 * {@code detail}, as offer decisions record it) stop naming them.
	 */
	public Mono<Void> forgetNamesAbout(String detail) {
		return this.store.pseudonymiseTargetOf(detail, ERASED);
	}

	/** Newest first, in the given municipalities. */
	public Flux<AuditEntry> in(Collection<String> municipalities, int limit) {
		return this.store.newestIn(municipalities, limit);
	}

	/** Newest first, everywhere: for platform admins. */
	public Flux<AuditEntry> everywhere(int limit) {
		return this.store.newest(limit);
	}

}
