package no.hverdag.kiosk.internal;

import java.time.Instant;

import no.hverdag.kiosk.KioskCredential;
import no.hverdag.shared.security.KioskDevice;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Kiosk devices in MongoDB; the secret only as its hash. */
@Component
public class KioskDeviceStore {

	private final ReactiveMongoTemplate mongo;

	KioskDeviceStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Mono<KioskCredential> insert(String id, String libraryId, String name, String secretHash, Instant at) {
		return this.mongo.insert(new KioskDeviceDocument(id, libraryId, name, secretHash, at, null))
			.map(KioskDeviceStore::withoutSecret);
	}

	public Mono<KioskCredential> find(String id) {
		return this.mongo.findById(id, KioskDeviceDocument.class).map(KioskDeviceStore::withoutSecret);
	}

	public Flux<KioskCredential> ofLibrary(String libraryId) {
		return this.mongo
			.find(Query.query(Criteria.where("libraryId").is(libraryId)).with(Sort.by("registeredAt")),
					KioskDeviceDocument.class)
			.map(KioskDeviceStore::withoutSecret);
	}

	public Mono<Void> revoke(String id, Instant at) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("revokedAt").is(null)),
					new Update().set("revokedAt", at), KioskDeviceDocument.class)
			.then();
	}

	public Mono<KioskDevice> active(String id, String secretHash) {
		return this.mongo
			.findOne(
					Query
						.query(Criteria.where("_id").is(id).and("secretHash").is(secretHash).and("revokedAt").is(null)),
					KioskDeviceDocument.class)
			.map(d -> new KioskDevice(d.id(), d.libraryId()));
	}

	private static KioskCredential withoutSecret(KioskDeviceDocument d) {
		return new KioskCredential(d.id(), d.libraryId(), d.name(), d.registeredAt(), d.revokedAt(), null);
	}

}
