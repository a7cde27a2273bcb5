package no.hverdag.activities.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Occurrence;
import no.hverdag.municipalities.Municipality;
import no.hverdag.municipalities.MunicipalityDirectory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The in-memory search index of published activities, a projection of MongoDB: rebuilt at
 * start and every night (occurrences move on), and updated on every change. Text in every
 * language version is indexed twice: the Norwegian way (bokmål and nynorsk stems) and the
 * English way, both lower-cased and accent-folded ("kafe" finds "kafé"). Filters that
 * newcomers pick from lists are facets, counted "sideways": the counts for a filter
 * ignore that filter's own choice. Blocking: callers run it on the search scheduler.
 */
@Component
class ActivitySearchIndex implements AutoCloseable {

	/** How far ahead occurrences are indexed for date filters. */
	static final int HORIZON_DAYS = 180;

	/** The filters with facet counts, as the API names them. */
	static final List<String> FACETS = List.of("municipality", "type", "lang", "level", "audience", "free", "weekday",
			"accessibility");

	/** Matched or not: no term frequencies, no length norms. */
	private static final FieldType PLACE_TYPE = placeType();

	private final Function<String, List<String>> placeNames;

	/**
	 * Municipalities' names in other scripts and spellings ("Осло", "بودو", "Trondhjem").
	 */
	private static final Map<String, List<String>> OTHER_PLACE_NAMES = SearchVocabulary.otherPlaceNames();

	/**
	 * The analyzers, the vocabulary and the Lucene writer, made on first use (issue 18):
	 * building them loads Lucene, its analyzers and dictionaries, about a second of a
	 * start. The first use is the index build, which runs in the background (ADR 0023),
	 * so this is no longer on the path to the first answer.
	 */
	private volatile Engine engine;

	private record Engine(SearchVocabulary vocabulary, TolerantTextQuery text, IndexWriter writer,
			SearcherManager searchers) {

		static Engine make() {
			try {
				SearchVocabulary vocabulary = new SearchVocabulary();
				Analyzer perField = vocabulary.analyzers().perField();
				TolerantTextQuery text = new TolerantTextQuery(perField, SearchAnalyzers.trigrams(), vocabulary);
				IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(perField));
				return new Engine(vocabulary, text, writer, new SearcherManager(writer, null));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private final FacetsConfig facets = new FacetsConfig();

	private final Clock clock;

	private volatile FacetState facetState;

	/**
	 * The listings in the index, as they were indexed: a page of results is answered from
	 * here, without a round trip to the store per search. Written together with the
	 * Lucene document (before it on an update, so a reader that still sees an old
	 * document finds the newer listing; removed before the document, so a listing that
	 * stopped being visible is never shown even by a reader that still matches it).
	 */
	private final Map<String, Activity> listed = new ConcurrentHashMap<>();

	/** Guards writes to the index against a rebuild's (see {@link #startRebuild}). */
	private final Object writing = new Object();

	/**
	 * Under {@link #writing}: the number of the last single change, and of each
	 * listing's.
	 */
	private long changes;

	private int rebuilding;

	private final Map<String, Long> changedAt = new java.util.HashMap<>();

	/** See {@link #version()}. */
	private final AtomicLong shown = new AtomicLong();

	/** How many filter sets keep their counts (each a few hundred numbers). */
	static final int COUNTED_FILTER_SETS = 512;

	private volatile CountCache counted;

	private volatile boolean cacheCounts = true;

	/**
	 * Facet counts and totals per filter set (text included; page and order left out),
	 * for one reader and one day: they change only when the index or the day does. Any
	 * write makes a new reader, and with it an empty cache.
	 */
	private record CountCache(IndexReader reader, LocalDate day, Map<ActivityQuery, Counted> counts,
			Map<String, FixedBitSet> withValue, Map<String, Query> parsed, Map<ActivityQuery, List<String>> pages) {

		static CountCache of(IndexReader reader, LocalDate day) {
			return new CountCache(reader, day, lru(COUNTED_FILTER_SETS), new ConcurrentHashMap<>(), lru(PARSED_TEXTS),
					lru(COUNTED_FILTER_SETS));
		}

		private static <K, V> Map<K, V> lru(int most) {
			return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
					return size() > most;
				}
			});
		}

	}

	/** How many typed texts keep their parsed query (per reader: it asks the index). */
	static final int PARSED_TEXTS = 256;

	/** How many match all filters, and the counts per filter and value. */
	private record Counted(long total, Map<String, Map<String, Long>> facets) {
	}

	/** Facet ordinals belong to one reader; rebuilt when the reader changes. */
	private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}

	/**
	 * One page of listings (as indexed), the total, and facet counts per filter and
	 * value.
	 */
	record Hits(List<Activity> activities, long total, Map<String, Map<String, Long>> facets) {

		List<String> ids() {
			return this.activities.stream().map(Activity::id).toList();
		}

	}

	@Autowired
	ActivitySearchIndex(Clock clock, MunicipalityDirectory municipalities) throws IOException {
		this(clock, number -> municipalities.find(number).map(ActivitySearchIndex::names).orElse(List.of()));
	}

	/**
	 * {@code placeNames} gives a municipality number's names, so that a place in the
	 * query ("sprakkafe bodo") lifts what is there.
	 */
	ActivitySearchIndex(Clock clock, Function<String, List<String>> placeNames) throws IOException {
		this.clock = clock;
		this.placeNames = placeNames;
		for (String multi : List.of("lang", "weekday", "accessibility")) {
			this.facets.setMultiValued(multi, true);
		}
	}

	private Engine engine() {
		Engine current = this.engine;
		if (current == null) {
			synchronized (this) {
				current = this.engine;
				if (current == null) {
					current = Engine.make();
					this.engine = current;
				}
			}
		}
		return current;
	}

	private static List<String> names(Municipality municipality) {
		List<String> names = new ArrayList<>();
		names.add(municipality.name());
		names.addAll(municipality.otherNames());
		return names;
	}

	private static FieldType placeType() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setOmitNorms(true);
		type.setIndexOptions(IndexOptions.DOCS);
		type.freeze();
		return type;
	}

	void index(Activity activity) {
		synchronized (this.writing) {
			changed(activity.id());
			put(activity);
		}
		refresh();
	}

	/** Many at once, made visible together: one refresh instead of one per activity. */
	void indexAll(Iterable<Activity> activities) {
		synchronized (this.writing) {
			for (Activity activity : activities) {
				changed(activity.id());
				put(activity);
			}
		}
		refresh();
	}

	void remove(String id) {
		synchronized (this.writing) {
			changed(id);
			delete(id);
		}
		refresh();
	}

	/**
	 * A rebuild reads every listing from the store while listings are still being
	 * written: what it read may be older than what was indexed meanwhile, and what was
	 * deleted from the store while the index was not told must go. So each single change
	 * made while a rebuild runs is numbered; the rebuild leaves a listing alone if it
	 * changed after the rebuild began, and at its end drops every listing it did not see
	 * that did not change meanwhile.
	 */
	Rebuild startRebuild() {
		synchronized (this.writing) {
			this.rebuilding++;
			return new Rebuild(this.changes);
		}
	}

	/** A batch of what the store holds, read by the rebuild. */
	void rebuildWith(Rebuild rebuild, Iterable<Activity> batch) {
		synchronized (this.writing) {
			for (Activity activity : batch) {
				rebuild.seen().add(activity.id());
				if (!changedSince(activity.id(), rebuild)) {
					put(activity);
				}
			}
		}
		refresh();
	}

	/** The rebuild has read everything: what it did not see is gone from the store. */
	void finishRebuild(Rebuild rebuild) {
		synchronized (this.writing) {
			for (String id : List.copyOf(this.listed.keySet())) {
				if (!rebuild.seen().contains(id) && !changedSince(id, rebuild)) {
					delete(id);
				}
			}
			endRebuild();
		}
		refresh();
	}

	/** A rebuild that failed half-way leaves what it did not reach as it was. */
	void abandonRebuild() {
		synchronized (this.writing) {
			endRebuild();
		}
	}

	private void endRebuild() {
		this.rebuilding--;
		if (this.rebuilding == 0) {
			// The numbers only matter to a running rebuild; the next one starts after
			// them.
			this.changedAt.clear();
		}
	}

	/** Under {@link #writing}. */
	private void changed(String id) {
		this.changes++;
		if (this.rebuilding > 0) {
			this.changedAt.put(id, this.changes);
		}
	}

	private boolean changedSince(String id, Rebuild rebuild) {
		return this.changedAt.getOrDefault(id, 0L) > rebuild.startedAfter();
	}

	private void delete(String id) {
		this.listed.remove(id);
		try {
			engine().writer().deleteDocuments(new Term("id", id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A running rebuild: the change it began after, and every id it has read. */
	record Rebuild(long startedAfter, Set<String> seen) {

		Rebuild(long startedAfter) {
			this(startedAfter, new java.util.HashSet<>());
		}

	}

	private void put(Activity activity) {
		if (!activity.visible()) {
			// Scheduled, withdrawn, unpublished or in review: nobody finds it.
			delete(activity.id());
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Document doc = new Document();
		doc.add(new StringField("id", activity.id(), Field.Store.YES));
		// A page's ids read from doc values: a stored field decompresses a whole block
		// per hit.
		doc.add(new BinaryDocValuesField(ID_VALUES, new BytesRef(activity.id())));
		StringBuilder grams = new StringBuilder();
		List<String> texts = new ArrayList<>();
		activity.texts().versions().forEach((language, version) -> {
			doc.add(new TextField(TolerantTextQuery.TITLE, version.title(), Field.Store.NO));
			doc.add(new TextField(TolerantTextQuery.TITLE_EN, version.title(), Field.Store.NO));
			doc.add(new TextField(TolerantTextQuery.TEXT, version.description(), Field.Store.NO));
			doc.add(new TextField(TolerantTextQuery.TEXT_EN, version.description(), Field.Store.NO));
			doc.add(new TextField(SearchAnalyzers.PREFIX, version.title() + "\n" + version.description(),
					Field.Store.NO));
			String nativeField = SearchAnalyzers.NATIVE.get(language);
			if (nativeField != null) {
				doc.add(new TextField(nativeField, version.title() + "\n" + version.description(), Field.Store.NO));
			}
			// Trigrams of titles only: compounds that matter ("Språkkafé") are in titles,
			// and trigrams of whole descriptions matched a large share of all listings
			// for any word (4,000 of 100,000), which made text search slow.
			grams.append(version.title()).append(' ');
			texts.add(version.title());
			texts.add(version.description());
		});
		// Where: the municipality's names and the district weigh as a place in the query
		// (a match counts once, however often a name is repeated); the venue's own name
		// and address are words like any other ("Norsk Folkemuseum" is no place to
		// boost).
		List<String> place = new ArrayList<>(this.placeNames.apply(activity.place().municipality()));
		place.addAll(OTHER_PLACE_NAMES.getOrDefault(activity.place().municipality(), List.of()));
		Optional.ofNullable(activity.place().district()).ifPresent(place::add);
		doc.add(new Field(SearchAnalyzers.PLACE, String.join("\n", place), PLACE_TYPE));
		doc.add(new TextField(TolerantTextQuery.TEXT, String.join("\n", activity.organisationName(),
				activity.place().name(), Optional.ofNullable(activity.place().address()).orElse("")), Field.Store.NO));
		doc.add(new TextField(TolerantTextQuery.GRAMS, grams.toString(), Field.Store.NO));
		concepts(activity, String.join("\n", texts), place)
			.forEach(concept -> doc.add(new StringField(TolerantTextQuery.CONCEPT, concept, Field.Store.NO)));
		// Topics named close together ("kurs i norsk"), for a query that names them both.
		engine().vocabulary()
			.topicPairsIn(texts)
			.forEach(pair -> doc.add(new StringField(TolerantTextQuery.TOGETHER, pair, Field.Store.NO)));
		facet(doc, "municipality", activity.place().municipality());
		facet(doc, "type", activity.type().name());
		activity.languages().forEach(l -> facet(doc, "lang", l));
		facet(doc, "level", activity.level().name());
		facet(doc, "audience", activity.audience().name());
		facet(doc, "free", Boolean.toString(activity.free()));
		activity.schedule().weekdays().forEach(day -> facet(doc, "weekday", day.name()));
		activity.accessibility().forEach(a -> facet(doc, "accessibility", a.name()));
		doc.add(new IntPoint("startMinute", minutes(activity.schedule().start())));
		doc.add(new IntPoint("endMinute", minutes(activity.schedule().end())));
		List<Occurrence> coming = activity.occurrences(today, today.plusDays(HORIZON_DAYS));
		coming.forEach(o -> doc.add(new IntPoint("day", (int) o.date().toEpochDay())));
		doc.add(new NumericDocValuesField("next",
				coming.isEmpty() ? Long.MAX_VALUE : coming.get(0).startsAt().toEpochSecond(ZoneOffset.UTC)));
		if (activity.place().hasPoint()) {
			doc.add(new LatLonPoint("point", activity.place().lat(), activity.place().lon()));
			doc.add(new LatLonDocValuesField("point", activity.place().lat(), activity.place().lon()));
		}
		this.listed.put(activity.id(), activity);
		try {
			engine().writer().updateDocument(new Term("id", activity.id()), this.facets.build(doc));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the listing's kind, audience, access and words say it is, in any language; the
	 * names of its place are no words about it ("Skien" is no skis). Kinds and audiences
	 * come from its fields only: "Frivillige hjelper elever" is run by volunteers, not a
	 * volunteer assignment; "barn er velkomne" is no family activity.
	 */
	private Set<String> concepts(Activity activity, String text, List<String> place) {
		Set<String> concepts = new LinkedHashSet<>();
		for (String named : engine().vocabulary().conceptsIn(text, place)) {
			if (SearchVocabulary.isTopic(named)) {
				concepts.add(named);
			}
		}
		concepts.add("kind." + activity.type().name());
		if (activity.audience() != Audience.EVERYONE) {
			concepts.add("audience." + activity.audience().name());
		}
		activity.accessibility().forEach(a -> concepts.add("access." + a.name()));
		if (activity.free()) {
			concepts.add("free");
		}
		return concepts;
	}

	private static void facet(Document doc, String dimension, String value) {
		doc.add(new SortedSetDocValuesFacetField(dimension, value));
		// Also a plain term, for filters that are not drill-downs (accessibility: all
		// of).
		doc.add(new StringField(dimension, value, Field.Store.NO));
	}

	private void refresh() {
		try {
			engine().searchers().maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.shown.incrementAndGet();
		}
	}

	/**
	 * Changes each time a change to the index has been made visible to searches (the
	 * search page's cache key, {@code SearchPageCaching}).
	 */
	long version() {
		return this.shown.get();
	}

	/** One page of matches in the query's order, with facet counts. */
	Hits search(ActivityQuery query) {
		try {
			IndexSearcher searcher = engine().searchers().acquire();
			try {
				if (searcher.getIndexReader().numDocs() == 0) {
					// A fresh installation: Lucene's facet state refuses an index that
					// has never seen a facet field. Every filter still has its (empty)
					// counts, as pages expect.
					Map<String, Map<String, Long>> none = new LinkedHashMap<>();
					FACETS.forEach(dimension -> none.put(dimension, Map.of()));
					return new Hits(List.of(), 0, none);
				}
				IndexReader reader = searcher.getIndexReader();
				LocalDate today = LocalDate.now(this.clock);
				CountCache cache = this.counted;
				if (cache == null || cache.reader() != reader || !cache.day().equals(today)) {
					cache = CountCache.of(reader, today);
					this.counted = cache;
				}
				Query base = base(query, reader, cache.parsed());
				DrillDownQuery drillDown = new DrillDownQuery(this.facets, base);
				Map<String, List<String>> chosen = new LinkedHashMap<>();
				drill(drillDown, chosen, "municipality", query.municipality());
				drill(drillDown, chosen, "type", query.type() == null ? null : query.type().name());
				drill(drillDown, chosen, "lang", query.language());
				if (query.level() != null) {
					for (NorwegianLevel needed : NorwegianLevel.values()) {
						if (query.level().suffices(needed)) {
							drill(drillDown, chosen, "level", needed.name());
						}
					}
				}
				drill(drillDown, chosen, "audience", query.audience() == null ? null : query.audience().name());
				drill(drillDown, chosen, "free", query.free() == null ? null : query.free().toString());
				query.weekdays().forEach(day -> drill(drillDown, chosen, "weekday", day.name()));
				ActivityQuery key = query.toBuilder()
					.sort(query.near() == null ? ActivityQuery.Sort.DATE : ActivityQuery.Sort.DISTANCE)
					.page(0, 1)
					.build();
				Counted counts = this.cacheCounts ? cache.counts().get(key) : null;
				if (counts == null) {
					// One pass over what the text and the other filters match, without
					// scoring: the counts "as if each filter were not set" and the total.
					counts = count(searcher, base, chosen, cache.withValue());
					cache.counts().put(key, counts);
				}
				// The same page asked again (the first page of a popular search, by many
				// visitors) is a look-up too, for as long as the counts are.
				List<String> ids = this.cacheCounts ? cache.pages().get(query) : null;
				if (ids == null) {
					ids = pageIds(searcher, drillDown, query, counts.total());
					cache.pages().put(query, ids);
				}
				List<Activity> activities = new ArrayList<>(ids.size());
				for (String id : ids) {
					Activity activity = this.listed.get(id);
					if (activity != null && activity.visible()) {
						activities.add(activity);
					}
				}
				return new Hits(activities, counts.total(), counts.facets());
			}
			finally {
				engine().searchers().release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The ids on the asked page: only what matches every filter is scored, and the index
	 * may skip what cannot reach the page.
	 */
	private List<String> pageIds(IndexSearcher searcher, DrillDownQuery drillDown, ActivityQuery query, long total)
			throws IOException {
		if (total <= (long) query.page() * query.size()) {
			return List.of();
		}
		int wanted = (query.page() + 1) * query.size();
		ScoreDoc[] hits = searcher.search(drillDown, wanted, sort(query)).scoreDocs;
		List<String> ids = new ArrayList<>(query.size());
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		for (int i = query.page() * query.size(); i < hits.length; i++) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
			BinaryDocValues values = DocValues.getBinary(leaf.reader(), ID_VALUES);
			if (values.advanceExact(hits[i].doc - leaf.docBase)) {
				ids.add(values.binaryValue().utf8ToString());
			}
		}
		return List.copyOf(ids);
	}

	/** Each listing's id as a doc value, for reading the ids of a page. */
	private static final String ID_VALUES = "id_value";

	/**
	 * The same search with Lucene's own {@code DrillSideways} counting and scoring
	 * everything, as the index searched before it counted in one pass: the reference that
	 * tests hold the faster path to (same page, same total, same counts).
	 */
	Hits searchByDrillSideways(ActivityQuery query) throws IOException {
		IndexSearcher searcher = engine().searchers().acquire();
		try {
			DrillDownQuery drillDown = new DrillDownQuery(this.facets, base(query, searcher.getIndexReader()));
			Map<String, List<String>> chosen = new LinkedHashMap<>();
			drill(drillDown, chosen, "municipality", query.municipality());
			drill(drillDown, chosen, "type", query.type() == null ? null : query.type().name());
			drill(drillDown, chosen, "lang", query.language());
			if (query.level() != null) {
				for (NorwegianLevel needed : NorwegianLevel.values()) {
					if (query.level().suffices(needed)) {
						drill(drillDown, chosen, "level", needed.name());
					}
				}
			}
			drill(drillDown, chosen, "audience", query.audience() == null ? null : query.audience().name());
			drill(drillDown, chosen, "free", query.free() == null ? null : query.free().toString());
			query.weekdays().forEach(day -> drill(drillDown, chosen, "weekday", day.name()));
			org.apache.lucene.facet.DrillSideways.DrillSidewaysResult result = new org.apache.lucene.facet.DrillSideways(
					searcher, this.facets, facetState(searcher))
				.search(drillDown, null, null, (query.page() + 1) * query.size(), sort(query), false);
			Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
			for (String dimension : FACETS) {
				Map<String, Long> values = new LinkedHashMap<>();
				try {
					org.apache.lucene.facet.FacetResult top = result.facets.getTopChildren(100, dimension);
					if (top != null) {
						for (org.apache.lucene.facet.LabelAndValue value : top.labelValues) {
							values.put(value.label, value.value.longValue());
						}
					}
				}
				catch (IllegalArgumentException ex) {
					// Nothing indexed has this dimension yet.
				}
				counts.put(dimension, values);
			}
			List<Activity> activities = new ArrayList<>();
			ScoreDoc[] hits = result.hits.scoreDocs;
			for (int i = query.page() * query.size(); i < hits.length; i++) {
				activities.add(this.listed.get(searcher.storedFields().document(hits[i].doc).get("id")));
			}
			return new Hits(activities, result.hits.totalHits.value, counts);
		}
		finally {
			engine().searchers().release(searcher);
		}
	}

	private Query base(ActivityQuery query, IndexReader reader) {
		return base(query, reader, new LinkedHashMap<>());
	}

	/**
	 * {@code parsed} keeps the text's query for this reader: parsing analyses every word
	 * per field and asks the index which words it knows.
	 */
	private Query base(ActivityQuery query, IndexReader reader, Map<String, Query> parsed) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		Query text = new MatchAllDocsQuery();
		if (query.hasText()) {
			text = parsed.get(query.text());
			if (text == null) {
				text = engine().text().parse(query.text(), reader, LocalDate.now(this.clock));
				parsed.put(query.text(), text);
			}
		}
		all.add(text, BooleanClause.Occur.MUST);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = query.from() == null || query.from().isBefore(today) ? today : query.from();
		LocalDate to = query.to() == null ? today.plusDays(HORIZON_DAYS) : query.to();
		all.add(IntPoint.newRangeQuery("day", (int) from.toEpochDay(), (int) to.toEpochDay()),
				BooleanClause.Occur.FILTER);
		if (query.startsAfter() != null) {
			all.add(IntPoint.newRangeQuery("startMinute", minutes(query.startsAfter()), 24 * 60),
					BooleanClause.Occur.FILTER);
		}
		if (query.endsBefore() != null) {
			all.add(IntPoint.newRangeQuery("endMinute", 0, minutes(query.endsBefore())), BooleanClause.Occur.FILTER);
		}
		query.accessibility()
			.forEach(a -> all.add(new TermQuery(new Term("accessibility", a.name())), BooleanClause.Occur.FILTER));
		if (query.near() != null && query.radiusKm() != null) {
			all.add(LatLonPoint.newDistanceQuery("point", query.near().lat(), query.near().lon(),
					query.radiusKm() * 1000), BooleanClause.Occur.FILTER);
		}
		return all.build();
	}

	private static Sort sort(ActivityQuery query) {
		SortField soonest = new SortField("next", SortField.Type.LONG);
		return switch (query.sort()) {
			case RELEVANCE -> new Sort(SortField.FIELD_SCORE, soonest);
			case DATE -> new Sort(soonest, SortField.FIELD_SCORE);
			case DISTANCE -> new Sort(
					LatLonDocValuesField.newDistanceSort("point", query.near().lat(), query.near().lon()), soonest);
		};
	}

	private static void drill(DrillDownQuery query, Map<String, List<String>> chosen, String dimension, String value) {
		if (value != null && !value.isBlank()) {
			query.add(dimension, value);
			chosen.computeIfAbsent(dimension, d -> new ArrayList<>()).add(value);
		}
	}

	/**
	 * Counts facets "sideways" in one pass over the base query's matches: a listing that
	 * meets every chosen filter counts for every value it has; one that misses exactly
	 * one filter counts only for that filter's values (what choosing another value there
	 * would give); one that misses more counts for nothing. As Lucene's
	 * {@code DrillSideways} counts, without scoring what is only counted.
	 */
	private Counted count(IndexSearcher searcher, Query base, Map<String, List<String>> chosen,
			Map<String, FixedBitSet> withValue) throws IOException {
		SortedSetDocValuesReaderState state = facetState(searcher);
		SortedSetDocValues values = state.getDocValues();
		OrdinalMap globalOrds = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
		int dims = chosen.size();
		// Per chosen filter: which listings meet it (any of its chosen values) and where
		// its values' ordinals lie.
		FixedBitSet[] meets = new FixedBitSet[dims];
		int[] rangeStart = new int[dims];
		int[] rangeEnd = new int[dims];
		int d = 0;
		for (Map.Entry<String, List<String>> dim : chosen.entrySet()) {
			meets[d] = new FixedBitSet(searcher.getIndexReader().maxDoc());
			for (String value : dim.getValue()) {
				meets[d].or(withValue(searcher, withValue, dim.getKey(), value));
			}
			SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim.getKey());
			rangeStart[d] = range == null ? 0 : range.start;
			rangeEnd[d] = range == null ? -1 : range.end;
			d++;
		}
		int[] counts = new int[(int) values.getValueCount()];
		long[] total = new long[1];
		searcher.search(new ConstantScoreQuery(base), new SimpleCollector() {

			private int docBase;

			private SortedSetDocValues docValues;

			private LongValues toGlobal;

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				this.docBase = context.docBase;
				this.docValues = DocValues.getSortedSet(context.reader(), state.getField());
				this.toGlobal = globalOrds == null ? LongValues.IDENTITY : globalOrds.getGlobalOrds(context.ord);
			}

			@Override
			public void collect(int doc) throws IOException {
				int global = this.docBase + doc;
				int missed = 0;
				int missedDim = -1;
				for (int dim = 0; dim < dims && missed < 2; dim++) {
					if (!meets[dim].get(global)) {
						missed++;
						missedDim = dim;
					}
				}
				if (missed > 1) {
					return;
				}
				if (missed == 0) {
					total[0]++;
				}
				if (!this.docValues.advanceExact(doc)) {
					return;
				}
				for (int i = this.docValues.docValueCount(); i > 0; i--) {
					int ord = (int) this.toGlobal.get(this.docValues.nextOrd());
					if (missed == 0 || ord >= rangeStart[missedDim] && ord <= rangeEnd[missedDim]) {
						counts[ord]++;
					}
				}
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}

		});
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (String dimension : FACETS) {
			facets.put(dimension, top(state, values, counts, dimension));
		}
		return new Counted(total[0], facets);
	}

	/**
	 * The listings with one filter value, kept for the reader (a few hundred values; a
	 * bit per listing each).
	 */
	private static FixedBitSet withValue(IndexSearcher searcher, Map<String, FixedBitSet> cache, String dimension,
			String value) throws IOException {
		String key = dimension + '\u001f' + value;
		FixedBitSet docs = cache.get(key);
		if (docs == null) {
			FixedBitSet found = new FixedBitSet(searcher.getIndexReader().maxDoc());
			searcher.search(new TermQuery(new Term(dimension, value)), new SimpleCollector() {

				private int docBase;

				@Override
				protected void doSetNextReader(LeafReaderContext context) {
					this.docBase = context.docBase;
				}

				@Override
				public void collect(int doc) {
					found.set(this.docBase + doc);
				}

				@Override
				public ScoreMode scoreMode() {
					return ScoreMode.COMPLETE_NO_SCORES;
				}

			});
			cache.put(key, found);
			docs = found;
		}
		return docs;
	}

	/**
	 * A dimension's values with their counts, most first (ties in the values' order), at
	 * most 100, none with 0: as Lucene's {@code getTopChildren(100, dimension)} gives
	 * them.
	 */
	private static Map<String, Long> top(SortedSetDocValuesReaderState state, SortedSetDocValues values, int[] counts,
			String dimension) throws IOException {
		SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dimension);
		if (range == null) {
			// Nothing indexed has this dimension yet.
			return new LinkedHashMap<>();
		}
		List<Integer> ords = new ArrayList<>();
		for (int ord = range.start; ord <= range.end; ord++) {
			if (counts[ord] > 0) {
				ords.add(ord);
			}
		}
		ords.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
		Map<String, Long> top = new LinkedHashMap<>();
		for (int ord : ords.subList(0, Math.min(100, ords.size()))) {
			String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
			top.put(path[1], (long) counts[ord]);
		}
		return top;
	}

	/**
	 * Package-private for the benchmark: off, every search counts its facets afresh (the
	 * figure for filter sets nobody asked before).
	 */
	void cacheCounts(boolean on) {
		this.cacheCounts = on;
	}

	private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
		FacetState current = this.facetState;
		if (current == null || current.reader() != searcher.getIndexReader()) {
			current = new FacetState(searcher.getIndexReader(),
					new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), this.facets));
			this.facetState = current;
		}
		return current.state();
	}

	private static int minutes(LocalTime time) {
		return time.getHour() * 60 + time.getMinute();
	}

	@Override
	public void close() throws IOException {
		Engine current = this.engine;
		if (current != null) {
			current.searchers().close();
			current.writer().close();
		}
	}

}
