package no.hverdag.municipalities.internal;

import java.util.List;

import no.hverdag.municipalities.Municipality;
import no.hverdag.shared.StartupMarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The municipalities collection, a copy of the bundled Kartverket list.
 */
@Component
public class MunicipalityStore {

	private static final Logger log = LoggerFactory.getLogger(MunicipalityStore.class);

	private static final String SEED = "seed-data/municipalities.json";

	private final ReactiveMongoTemplate mongo;

	private final JsonMapper json;

	private final MunicipalityMapper mapper;

	private final StartupMarks marks;

	MunicipalityStore(ReactiveMongoTemplate mongo, JsonMapper json, MunicipalityMapper mapper, StartupMarks marks) {
		this.mongo = mongo;
		this.marks = marks;
		this.json = json;
		this.mapper = mapper;
	}

	/**
	 * The municipalities of the bundled list, written to the store when the list is new
	 * or has changed since the store last got it (a checksum in {@link StartupMarks}); a
	 * restart with the same list reads the file only, not the 357 stored documents.
	 */
	public Mono<List<Municipality>> load() {
		return Mono.fromCallable(() -> StartupMarks.resource(SEED))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(bytes -> {
				List<Municipality> all = parse(bytes);
				return this.marks.unlessDone("municipalities", StartupMarks.checksum(bytes), () -> replaceWith(all))
					.thenReturn(all);
			});
	}

	/**
	 * Everything out, the list in: one command each (one commit of the embedded store
	 * each). A crash in between leaves no mark, so the next start writes the list again.
	 */
	private Mono<Void> replaceWith(List<Municipality> all) {
		return this.mongo.remove(new Query(), MunicipalityDocument.class)
			.thenMany(this.mongo.insertAll(all.stream().map(this.mapper::toDocument).toList()))
			.count()
			.doOnNext(n -> log.info("Loaded {} municipalities from {}", n, SEED))
			.then();
	}

	private List<Municipality> parse(byte[] bytes) {
		return this.json.readValue(bytes, new TypeReference<List<Municipality>>() {
		});
	}

}
