package no.hverdag.activities.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.hverdag.activities.Activity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import no.hverdag.activities.ListingState;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Published activities in MongoDB: the source of truth the search index is rebuilt from.
 */
@Component
public class ActivityStore {

	private final ReactiveMongoTemplate mongo;

	private final ActivityMapper mapper;

	private final ListingAgenda agenda;

	ActivityStore(ReactiveMongoTemplate mongo, ActivityMapper mapper, ListingAgenda agenda) {
		this.mongo = mongo;
		this.mapper = mapper;
		this.agenda = agenda;
	}

	public Mono<Activity> insert(Activity activity) {
		return expected(activity).then(this.mongo.insert(this.mapper.toDocument(activity)).map(this.mapper::toDomain));
	}

	/**
	 * A scheduled listing's publication is on the agenda before the listing is written.
	 */
	private Mono<Void> expected(Activity activity) {
		return activity.state() == ListingState.SCHEDULED && activity.publishAt() != null
				? this.agenda.expect(ListingAgenda.Kind.PUBLICATION, activity.id(), activity.publishAt())
				: Mono.empty();
	}

	/**
	 * Sets one language's version of the text in one update, so a crash leaves either the
	 * old or the new version; the original's language is never changed here.
	 */
	public Mono<Activity> setText(String id, String language, no.hverdag.activities.ActivityTexts.Text text) {
		Query query = Query.query(Criteria.where("_id").is(id).and("originalLanguage").ne(language));
		org.springframework.data.mongodb.core.query.Update update = new org.springframework.data.mongodb.core.query.Update()
			.set("texts." + language, new ActivityDocument.TextFields(text.title(), text.description()));
		return this.mongo
			.findAndModify(query, update,
					org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true),
					ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	public Mono<Activity> find(String id) {
		return this.mongo.findById(id, ActivityDocument.class).map(this.mapper::toDomain);
	}

	public Flux<Activity> findAll() {
		return this.mongo.findAll(ActivityDocument.class).map(this.mapper::toDomain);
	}

	public Flux<Activity> findAll(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	public Flux<Activity> ofOrganisation(String organisationId) {
		return this.mongo
			.find(Query.query(Criteria.where("organisationId").is(organisationId))
				.with(Sort.by(Sort.Direction.DESC, "publishedAt")), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	/**
	 * Writes new content over a listing in one update, leaving its state, history and
	 * cancelled dates as they are (a coordinator's unpublishing at the same moment is not
	 * undone by an edit). Empty when it is gone or withdrawn.
	 */
	public Mono<Activity> revise(Activity revised) {
		ActivityDocument d = this.mapper.toDocument(revised);
		Update update = new Update().set("type", d.type())
			.set("originalLanguage", d.originalLanguage())
			.set("texts", d.texts())
			.set("format", d.format())
			.set("schedule", d.schedule())
			.set("place", d.place())
			.set("languages", d.languages())
			.set("level", d.level())
			.set("audience", d.audience())
			.set("free", d.free())
			.set("priceNok", d.priceNok())
			.set("accessibility", d.accessibility())
			.set("capacity", d.capacity())
			.set("signUpRequired", d.signUpRequired())
			.set("contact", d.contact())
			.set("topics", d.topics());
		return this.mongo
			.findAndModify(
					Query.query(Criteria.where("_id").is(revised.id()).and("state").ne(ListingState.WITHDRAWN.name())),
					update, FindAndModifyOptions.options().returnNew(true), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	/**
	 * Moves a listing from one of these states to another, with the extra fields set;
	 * empty when it is in none of them (someone else moved it first). A listing without a
	 * state is published.
	 */
	public Mono<Activity> transition(String id, List<ListingState> from, ListingState to, Update extra) {
		List<String> names = from.stream().map(Enum::name).toList();
		Criteria inState = from.contains(ListingState.PUBLISHED)
				? new Criteria().orOperator(Criteria.where("state").in(names), Criteria.where("state").exists(false))
				: Criteria.where("state").in(names);
		return this.mongo.findAndModify(Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), inState)),
				extra.set("state", to.name()), FindAndModifyOptions.options().returnNew(true), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	/** Marks one date cancelled; doing it twice changes nothing. */
	public Mono<Activity> cancelDate(String id, LocalDate date) {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is(id)),
					new Update().addToSet("cancelledDates", date.toString()),
					FindAndModifyOptions.options().returnNew(true), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	/**
	 * How long after a withdrawal its follow-up is run again, every minute: a sign-up in
	 * flight while the listing was withdrawn (or settled later by its own recovery) is
	 * cancelled too. The follow-up is idempotent.
	 */
	public static final Duration FOLLOW_UP_WINDOW = Duration.ofDays(2);

	/**
	 * A listing with the agenda entry it was found through; the entry is removed only as
	 * it was read ({@link #done}).
	 */
	public static final class OnAgenda {

		private final Activity activity;

		private final ListingAgenda.Entry entry;

		OnAgenda(Activity activity, ListingAgenda.Entry entry) {
			this.activity = activity;
			this.entry = entry;
		}

		public Activity activity() {
			return this.activity;
		}

		/** The entry's time has passed: a withdrawal's last follow-up. */
		public boolean due(Instant now) {
			return !this.entry.due().isAfter(now);
		}

	}

	/**
	 * Moves a listing to {@code SCHEDULED}, to be published at a time: on the agenda
	 * first (ListingAgenda), then the listing's own conditional update.
	 */
	public Mono<Activity> schedule(String id, List<ListingState> from, Instant at, Update extra) {
		return this.agenda.expect(ListingAgenda.Kind.PUBLICATION, id, at)
			.then(transition(id, from, ListingState.SCHEDULED, extra.set("publishAt", at)));
	}

	/**
	 * Scheduled listings whose time has come, found through the agenda, not by reading
	 * every listing. Entries a crash or a change left behind are put right on the way:
	 * moved to the listing's later time, or dropped when it is no longer scheduled.
	 */
	public Flux<OnAgenda> due(Instant now) {
		return this.agenda.dueBy(ListingAgenda.Kind.PUBLICATION, now)
			.concatMap(entry -> find(entry.activityId()).map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap(found -> {
					Activity activity = found.orElse(null);
					boolean scheduled = activity != null && activity.state() == ListingState.SCHEDULED
							&& activity.publishAt() != null;
					if (scheduled && !activity.publishAt().isAfter(now)) {
						return Mono.just(new OnAgenda(activity, entry));
					}
					if (!entry.settled(now)) {
						return Mono.empty();
					}
					return (scheduled ? this.agenda.postpone(entry, activity.publishAt()) : this.agenda.drop(entry))
						.then(Mono.<OnAgenda>empty());
				}));
	}

	/**
	 * Publishes a listing found due, if it is still scheduled for the time it was found
	 * with: unpublished and scheduled again for later meanwhile, it waits for that.
	 */
	public Mono<Activity> publishScheduled(OnAgenda due) {
		Instant at = due.activity().publishAt();
		return this.mongo
			.findAndModify(
					Query.query(Criteria.where("_id")
						.is(due.activity().id())
						.and("state")
						.is(ListingState.SCHEDULED.name())
						.and("publishAt")
						.is(at)),
					new Update().set("state", ListingState.PUBLISHED.name()).set("publishedAt", at).unset("publishAt"),
					FindAndModifyOptions.options().returnNew(true), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	/** Its work is done: off the agenda, unless it was put on it anew meanwhile. */
	public Mono<Void> done(OnAgenda onAgenda) {
		return this.agenda.drop(onAgenda.entry);
	}

	/**
	 * Puts every scheduled listing on the agenda: once per store, for listings scheduled
	 * before there was one (reads every listing). The count.
	 */
	public Mono<Long> scheduledOntoAgenda() {
		return this.mongo
			.find(Query.query(Criteria.where("state").is(ListingState.SCHEDULED.name())), ActivityDocument.class)
			.map(this.mapper::toDomain)
			.concatMap(activity -> expected(activity).thenReturn(activity))
			.count();
	}

	/**
	 * Withdraws a listing: its follow-up (telling the people signed up) on the agenda
	 * first, until {@link #FOLLOW_UP_WINDOW} after, then the listing's own conditional
	 * update.
	 */
	public Mono<Activity> withdraw(String id, List<ListingState> from, Instant at) {
		return this.agenda.expect(ListingAgenda.Kind.WITHDRAWAL, id, at.plus(FOLLOW_UP_WINDOW))
			.then(transition(id, from, ListingState.WITHDRAWN, new Update().set("withdrawnAt", at)));
	}

	/**
	 * Withdrawn listings to follow up: on the agenda and settled, or all on it for
	 * {@code settledOnly = false} (at start, when no request is in flight). Entries whose
	 * listing was never withdrawn (a crash between the two writes) are dropped.
	 */
	public Flux<OnAgenda> withdrawalsToFollowUp(boolean settledOnly, Instant now) {
		return this.agenda.all(ListingAgenda.Kind.WITHDRAWAL)
			.filter(entry -> !settledOnly || entry.settled(now))
			.concatMap(entry -> find(entry.activityId()).map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap(found -> found.filter(activity -> activity.state() == ListingState.WITHDRAWN)
					.map(activity -> Mono.just(new OnAgenda(activity, entry)))
					.orElseGet(() -> this.agenda.drop(entry).then(Mono.empty()))));
	}

	/** Withdrawn listings, those withdrawn at or after an instant ({@code null}: all). */
	public Flux<Activity> withdrawnSince(Instant since) {
		Criteria withdrawn = Criteria.where("state").is(ListingState.WITHDRAWN.name());
		if (since != null) {
			withdrawn = withdrawn.and("withdrawnAt").gte(since);
		}
		return this.mongo.find(Query.query(withdrawn), ActivityDocument.class).map(this.mapper::toDomain);
	}

	/** Listings in a state, for the coordinator's queue. */
	public Flux<Activity> inState(ListingState state) {
		return this.mongo
			.find(Query.query(Criteria.where("state").is(state.name())).with(Sort.by("publishedAt")),
					ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

}
