package no.hverdag.accounts.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** A person's own data: all of it, from every module, to see, download or erase. */
@Service
class MyData {

	private final List<PersonalData> parts;

	MyData(List<PersonalData> parts) {
		this.parts = List.copyOf(parts);
	}

	Mono<Map<String, Object>> export(Actor actor) {
		return Flux.fromIterable(this.parts)
			.concatMap(part -> part.export(actor).map(data -> Map.entry(part.section(), (Object) data)))
			.collect(LinkedHashMap::new, (all, entry) -> all.put(entry.getKey(), entry.getValue()));
	}

	/** One part only, e.g. "account": without asking every other module. */
	Mono<Map<String, Object>> part(Actor actor, String section) {
		return Flux.fromIterable(this.parts)
			.filter(part -> part.section().equals(section))
			.next()
			.flatMap(part -> part.export(actor));
	}

	Mono<Void> erase(Actor actor) {
		return Flux.fromIterable(this.parts).concatMap(part -> part.erase(actor)).then();
	}

}
