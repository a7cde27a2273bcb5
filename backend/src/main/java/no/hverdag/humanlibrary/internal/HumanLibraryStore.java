package no.hverdag.humanlibrary.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Libraries, people to borrow and slots in MongoDB. */
@Component
public class HumanLibraryStore {

	private static final Sort CHRONOLOGICAL = Sort.by("day", "start", "personFirstName");

	private final ReactiveMongoTemplate mongo;

	private final HumanLibraryMapper mapper;

	HumanLibraryStore(ReactiveMongoTemplate mongo, HumanLibraryMapper mapper) {
		this.mongo = mongo;
		this.mapper = mapper;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(SlotDocument.class)
			.createIndex(new Index().on("libraryId", Sort.Direction.ASC)
				.on("day", Sort.Direction.ASC)
				.on("start", Sort.Direction.ASC))
			.then();
	}

	public Flux<Library> libraries() {
		return this.mongo.findAll(LibraryDocument.class)
			.map(this.mapper::toDomain)
			.sort(java.util.Comparator.comparing(Library::name));
	}

	public Mono<Library> library(String id) {
		return this.mongo.findById(id, LibraryDocument.class).map(this.mapper::toDomain);
	}

	public Mono<Library> saveLibrary(Library library) {
		return this.mongo.save(this.mapper.toDocument(library)).map(this.mapper::toDomain);
	}

	public Mono<PersonToBorrow> savePerson(PersonToBorrow person) {
		return this.mongo.save(this.mapper.toDocument(person)).map(this.mapper::toDomain);
	}

	public Flux<PersonToBorrow> people() {
		return this.mongo.findAll(PersonToBorrowDocument.class).map(this.mapper::toDomain);
	}

	public Mono<Slot> slot(String id) {
		return this.mongo.findById(id, SlotDocument.class).map(this.mapper::toDomain);
	}

	/**
	 * Plans a slot once: the id is derived from person and time, so a second plan is a
	 * no-op.
	 */
	public Mono<Void> planSlot(PersonToBorrow person, LocalDate day, LocalTime start) {
		return this.mongo
			.insert(new SlotDocument(Slot.idFor(person.id(), day, start), person.libraryId(), person.id(),
					person.firstName(), person.topics(), person.languages(), day.toString(), start.toString(),
					person.durationMinutes(), person.capacity(), person.capacity(), List.of(), 0))
			.onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
			.then();
	}

	/**
	 * Slots of a library from a moment on, chronologically; only those with room left
	 * when asked.
	 */
	public Flux<Slot> slotsFrom(String libraryId, LocalDate day, LocalTime notBefore, LocalDate lastDay,
			boolean onlyFree, int limit) {
		Criteria criteria = Criteria.where("libraryId")
			.is(libraryId)
			.orOperator(Criteria.where("day").is(day.toString()).and("start").gte(notBefore.toString()),
					Criteria.where("day").gt(day.toString()).lte(lastDay.toString()));
		if (onlyFree) {
			criteria = criteria.and("remaining").gt(0);
		}
		return this.mongo.find(Query.query(criteria).with(CHRONOLOGICAL).limit(limit), SlotDocument.class)
			.map(this.mapper::toDomain);
	}

	/**
	 * Takes one place in the slot if one is left; empty when the slot is full (or gone).
	 */
	public Mono<Slot> takePlace(String slotId, String reference, String firstName, String contact, Instant at) {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is(slotId).and("remaining").gt(0)),
					new Update().inc("remaining", -1)
						.push("bookings", new SlotDocument.BookingEntry(reference, firstName, contact, at)),
					FindAndModifyOptions.options().returnNew(true), SlotDocument.class)
			.map(this.mapper::toDomain);
	}

}
