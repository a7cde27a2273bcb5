package no.hverdag.municipalities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import no.hverdag.municipalities.Municipality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The municipalities collection, seeded from the bundled Kartverket list when it is
 * empty.
 */
@Component
public class MunicipalityStore {

	private static final Logger log = LoggerFactory.getLogger(MunicipalityStore.class);

	private static final String SEED = "seed-data/municipalities.json";

	private final ReactiveMongoTemplate mongo;

	private final JsonMapper json;

	private final MunicipalityMapper mapper;

	MunicipalityStore(ReactiveMongoTemplate mongo, JsonMapper json, MunicipalityMapper mapper) {
		this.mongo = mongo;
		this.json = json;
		this.mapper = mapper;
	}

	public Mono<Void> seedWhenEmpty() {
		return this.mongo.estimatedCount(MunicipalityDocument.class).flatMap(count -> {
			if (count > 0) {
				return Mono.empty();
			}
			return Mono.fromCallable(this::readSeed)
				.subscribeOn(Schedulers.boundedElastic())
				.map(all -> all.stream().map(this.mapper::toDocument).toList())
				// One insert command for all: one round trip, one commit of the embedded
				// store.
				.flatMapMany(this.mongo::insertAll)
				.count()
				.doOnNext(n -> log.info("Loaded {} municipalities from {}", n, SEED))
				.then();
		});
	}

	public Flux<Municipality> findAll() {
		return this.mongo.findAll(MunicipalityDocument.class).map(this.mapper::toDomain);
	}

	private List<Municipality> readSeed() throws IOException {
		try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
			return this.json.readValue(in, new TypeReference<List<Municipality>>() {
			});
		}
	}

}
