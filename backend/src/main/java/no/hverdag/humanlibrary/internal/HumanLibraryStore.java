package no.hverdag.humanlibrary.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Session;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.humanlibrary.internal.SlotDocument.BookingEntry;
import org.bson.Document;
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

	/** Plans one slot once (same id for the same person and time). */
	public Mono<Void> planSlot(PersonToBorrow person, LocalDate day, LocalTime start) {
		return planSlots(List.of(newSlot(person, day, start)));
	}

	/**
	 * A person's slot as planned, not stored yet. Its id is derived from person and time,
	 * so planning it again is a no-op.
	 */
	public SlotDocument newSlot(PersonToBorrow person, LocalDate day, LocalTime start) {
		return new SlotDocument(Slot.idFor(person.id(), day, start), person.libraryId(), person.id(),
				person.firstName(), person.topics(), person.languages(), day.toString(), start.toString(),
				person.durationMinutes(), person.capacity(), person.capacity(), List.of(), 0, null, null, false);
	}

	/**
	 * Stores the planned slots that are not stored yet, leaving the others as they are
	 * (with their bookings). One read and at most one write, however many are planned: a
	 * restart re-plans the whole lookahead, and on the embedded store every write is a
	 * commit, so inserting slot by slot made each restart slow (issue 11).
	 */
	public Mono<Void> planSlots(List<SlotDocument> planned) {
		if (planned.isEmpty()) {
			return Mono.empty();
		}
		Query stored = Query.query(Criteria.where("_id").in(planned.stream().map(SlotDocument::id).toList()));
		stored.fields().include("_id");
		return this.mongo.find(stored, Document.class, this.mongo.getCollectionName(SlotDocument.class))
			.map(document -> document.getString("_id"))
			.collect(Collectors.toSet())
			.flatMap(existing -> {
				List<SlotDocument> missing = planned.stream().filter(slot -> !existing.contains(slot.id())).toList();
				if (missing.isEmpty()) {
					return Mono.empty();
				}
				return this.mongo.insertAll(missing)
					.then()
					// Someone planned some of them meanwhile: one by one, keeping theirs.
					.onErrorResume(DuplicateKeyException.class,
							e -> Flux.fromIterable(missing)
								.concatMap(slot -> this.mongo.insert(slot)
									.onErrorResume(DuplicateKeyException.class, again -> Mono.empty()))
								.then());
			});
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
		criteria = criteria.and("cancelled").ne(true);
		if (onlyFree) {
			criteria = criteria.and("remaining").gt(0);
		}
		return this.mongo.find(Query.query(criteria).with(CHRONOLOGICAL).limit(limit), SlotDocument.class)
			.map(this.mapper::toDomain);
	}

	/**
	 * Takes one place in the slot if one is left and it is not cancelled; empty when the
	 * slot is full, cancelled (or gone).
	 */
	public Mono<Slot> takePlace(String slotId, BookingEntry entry) {
		return this.mongo
			.findAndModify(
					Query.query(Criteria.where("_id").is(slotId).and("remaining").gt(0).and("cancelled").ne(true)),
					new Update().inc("remaining", -1).push("bookings", entry),
					FindAndModifyOptions.options().returnNew(true), SlotDocument.class)
			.map(this.mapper::toDomain);
	}

	/** As {@link #takePlace(String, BookingEntry)}, for a booking with no link. */
	public Mono<Slot> takePlace(String slotId, String reference, String firstName, String contact, Instant at) {
		return takePlace(slotId, new BookingEntry(reference, firstName, contact, at, null, "nb"));
	}

	/**
	 * Gives the place of the booking with this token back, in the same update that
	 * removes the booking; empty when there is no such booking (any more).
	 */
	public Mono<Slot> releasePlace(String tokenHash) {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("bookings.tokenHash").is(tokenHash).and("cancelled").ne(true)),
					new Update().inc("remaining", 1).pull("bookings", new org.bson.Document("tokenHash", tokenHash)),
					FindAndModifyOptions.options().returnNew(true), SlotDocument.class)
			.map(this.mapper::toDomain);
	}

	/** The slot holding the booking with this token, and the booking. */
	public Mono<BookedSlot> byToken(String tokenHash) {
		return this.mongo.findOne(Query.query(Criteria.where("bookings.tokenHash").is(tokenHash)), SlotDocument.class)
			.map(slot -> new BookedSlot(this.mapper.toDomain(slot),
					slot.bookings().stream().filter(b -> tokenHash.equals(b.tokenHash())).findFirst().orElseThrow()));
	}

	/** The slot holding the booking with this reference at a library, and the booking. */
	public Mono<BookedSlot> byReference(String libraryId, String reference) {
		return this.mongo
			.findOne(Query.query(Criteria.where("libraryId").is(libraryId).and("bookings.reference").is(reference)),
					SlotDocument.class)
			.map(slot -> new BookedSlot(this.mapper.toDomain(slot),
					slot.bookings().stream().filter(b -> reference.equals(b.reference())).findFirst().orElseThrow()));
	}

	/**
	 * Every slot of the days given, with its bookings (for reminders, the staff's day).
	 */
	public Flux<BookedSlot> bookedSlots(Criteria criteria) {
		return this.mongo.find(Query.query(criteria).with(CHRONOLOGICAL), SlotDocument.class)
			.flatMapIterable(
					slot -> slot.bookings().stream().map(b -> new BookedSlot(this.mapper.toDomain(slot), b)).toList());
	}

	public Flux<Slot> slots(Criteria criteria) {
		return this.mongo.find(Query.query(criteria).with(CHRONOLOGICAL), SlotDocument.class)
			.map(this.mapper::toDomain);
	}

	/**
	 * A person to borrow withdrawn on erasure (issue 10): no longer listed, and their
	 * first name gone from every slot, past ones included (what was booked stays as
	 * counts).
	 */
	public Mono<Void> removePerson(String personId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(personId)), PersonToBorrowDocument.class)
			.then(this.mongo.updateMulti(Query.query(Criteria.where("personId").is(personId)),
					new Update().set("personFirstName", ""), SlotDocument.class))
			.then();
	}

	/** A session's slot as planned, not stored yet. */
	public SlotDocument newSessionSlot(Session session, PersonToBorrow person, LocalDate day, LocalTime start) {
		return new SlotDocument(session.slotId(day, start), session.libraryId(), person.id(), person.firstName(),
				session.topics().isEmpty() ? person.topics() : session.topics(),
				session.languages().isEmpty() ? person.languages() : session.languages(), day.toString(),
				start.toString(), session.slotMinutes(), session.capacity(), session.capacity(), List.of(), 0,
				session.room(), session.id(), false);
	}

	/**
	 * Cancels a slot once; answers it as it was (with the bookings to tell), empty when
	 * it was already cancelled or is not this library's.
	 */
	public Mono<BookedSlots> cancel(String libraryId, String slotId) {
		return this.mongo
			.findAndModify(
					Query.query(
							Criteria.where("_id").is(slotId).and("libraryId").is(libraryId).and("cancelled").ne(true)),
					new Update().set("cancelled", true), SlotDocument.class)
			.map(slot -> new BookedSlots(this.mapper.toDomain(slot), slot.bookings()));
	}

	public Mono<PersonToBorrow> person(String id) {
		return this.mongo.findById(id, PersonToBorrowDocument.class).map(this.mapper::toDomain);
	}

	/**
	 * Of these booking references, those a slot holds: a booking's reference is in its
	 * slot's {@code bookings}, so one query tells which claim holders are real.
	 */
	public Mono<Set<String>> heldReferences(Set<String> references) {
		Query booked = Query.query(Criteria.where("bookings.reference").in(references));
		booked.fields().include("bookings");
		return this.mongo.find(booked, Document.class, this.mongo.getCollectionName(SlotDocument.class))
			.flatMapIterable(slot -> slot.getList("bookings", Document.class, List.of()))
			.map(booking -> booking.getString("reference"))
			.collect(Collectors.toSet());
	}

	/** A slot and one of its bookings. */
	public record BookedSlot(Slot slot, BookingEntry booking) {
	}

	/** A slot and all its bookings. */
	public record BookedSlots(Slot slot, List<BookingEntry> bookings) {
	}

}
