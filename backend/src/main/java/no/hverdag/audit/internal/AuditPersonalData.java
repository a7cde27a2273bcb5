package no.hverdag.audit.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The audit log's part of a person's data. Erasure keeps the facts (an organisation was
 * approved, a role was granted) and replaces who: one random pseudonym per erased person,
 * the same in all their entries, so that "the same person did both" stays visible while
 * nobody can tell who it was (issue 10).
 */
@Component
class AuditPersonalData implements PersonalData {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AuditStore store;

	AuditPersonalData(AuditStore store) {
		this.store = store;
	}

	@Override
	public String section() {
		return "audit";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.store.about(actor.issuer(), actor.subject())
			.map(entry -> Map.<String, Object>of("at", entry.at().toString(), "action", entry.action().name(), "target",
					String.valueOf(entry.target())))
			.collectList()
			.map(entries -> Map.of("entries", entries));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return this.store.pseudonymise(actor.issuer(), actor.subject(), "erased-" + HexFormat.of().formatHex(bytes));
	}

}
