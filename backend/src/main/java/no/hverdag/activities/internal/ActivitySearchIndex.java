package no.hverdag.activities.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.springframework.stereotype.Component;

/**
 * The in-memory full-text index of published activities. Rebuilt from MongoDB at start
 * and kept current on publish. Text is lower-cased, accent-folded ("kafe" finds "kafé")
 * and stemmed the Norwegian way ("kafeer" finds "kafé"). Blocking: callers run it on the
 * search scheduler.
 */
@Component
class ActivitySearchIndex implements AutoCloseable {

	static final int MAX_RESULTS = 200;

	private final Analyzer analyzer;

	private final TolerantTextQuery text;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	ActivitySearchIndex() throws IOException {
		this.analyzer = CustomAnalyzer.builder()
			.withTokenizer("standard")
			.addTokenFilter("lowercase")
			.addTokenFilter("asciiFolding")
			.addTokenFilter("norwegianLightStem")
			.build();
		Analyzer trigrams = CustomAnalyzer.builder()
			.withTokenizer("standard")
			.addTokenFilter("lowercase")
			.addTokenFilter("asciiFolding")
			.addTokenFilter("nGram", "minGramSize", "3", "maxGramSize", "3")
			.build();
		this.text = new TolerantTextQuery(this.analyzer, trigrams);
		this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(
				new PerFieldAnalyzerWrapper(this.analyzer, Map.of(TolerantTextQuery.GRAMS, trigrams))));
		this.searchers = new SearcherManager(this.writer, null);
	}

	void index(Activity activity) {
		Document doc = new Document();
		doc.add(new StringField("id", activity.id(), Field.Store.YES));
		doc.add(new TextField("title", activity.title(), Field.Store.NO));
		doc.add(new TextField("text", String.join(" ", activity.description(), activity.organisationName(),
				activity.place().name(), activity.place().address() == null ? "" : activity.place().address()),
				Field.Store.NO));
		doc.add(new TextField(TolerantTextQuery.GRAMS, activity.title() + " " + activity.description(),
				Field.Store.NO));
		doc.add(new StringField("municipality", activity.place().municipality(), Field.Store.NO));
		doc.add(new StringField("type", activity.type().name(), Field.Store.NO));
		activity.languages().forEach(l -> doc.add(new StringField("lang", l, Field.Store.NO)));
		doc.add(new StringField("free", Boolean.toString(activity.free()), Field.Store.NO));
		doc.add(new StringField("weekday", weekday(activity.schedule()).name(), Field.Store.NO));
		doc.add(new IntPoint("startMinute", minutes(activity.schedule().start())));
		doc.add(new IntPoint("endMinute", minutes(activity.schedule().end())));
		try {
			this.writer.updateDocument(new Term("id", activity.id()), doc);
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Ids of matching activities, best match first when there is text. */
	List<String> search(ActivityQuery query) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				List<String> ids = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(toLucene(query), MAX_RESULTS).scoreDocs) {
					ids.add(searcher.storedFields().document(hit.doc).get("id"));
				}
				return ids;
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query toLucene(ActivityQuery query) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		if (query.hasText()) {
			all.add(this.text.parse(query.text()), BooleanClause.Occur.MUST);
		}
		else {
			all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
		}
		filter(all, "municipality", query.municipality());
		filter(all, "type", query.type() == null ? null : query.type().name());
		filter(all, "lang", query.language());
		filter(all, "free", query.free() == null ? null : query.free().toString());
		filter(all, "weekday", query.weekday() == null ? null : query.weekday().name());
		if (query.startsAfter() != null) {
			all.add(IntPoint.newRangeQuery("startMinute", minutes(query.startsAfter()), 24 * 60),
					BooleanClause.Occur.FILTER);
		}
		if (query.endsBefore() != null) {
			all.add(IntPoint.newRangeQuery("endMinute", 0, minutes(query.endsBefore())), BooleanClause.Occur.FILTER);
		}
		return all.build();
	}

	private static java.time.DayOfWeek weekday(no.hverdag.activities.Schedule schedule) {
		return schedule instanceof no.hverdag.activities.Schedule.Weekly weekly ? weekly.dayOfWeek()
				: ((no.hverdag.activities.Schedule.OneOff) schedule).date().getDayOfWeek();
	}

	private static int minutes(java.time.LocalTime time) {
		return time.getHour() * 60 + time.getMinute();
	}

	private static void filter(BooleanQuery.Builder all, String field, String value) {
		if (value != null && !value.isBlank()) {
			all.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
		}
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
	}

}
