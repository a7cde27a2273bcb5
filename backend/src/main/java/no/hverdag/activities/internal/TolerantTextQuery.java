package no.hverdag.activities.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * What newcomers type is often misspelt, without Norwegian letters, part of a compound,
 * or in their own language: "sprakkafe", "språkkafe", "sprakafe", "cafe" and "قهوة اللغة"
 * should all find a "Språkkafé". Each word is looked for in every field, titles weighing
 * most and descriptions least, with a place named in the query as a boost; the concepts
 * it names in any language (kinds, audiences, topics) match the listings that carry them;
 * a word the index does not know gets one typo of tolerance; and a word may be found
 * inside a longer one (most of its trigrams). Any word may match; better matches rank
 * first.
 */
final class TolerantTextQuery {

	static final String GRAMS = "grams";

	static final String TITLE = "title";

	static final String TEXT = "text";

	static final String TITLE_EN = "title_en";

	static final String TEXT_EN = "text_en";

	static final String CONCEPT = "concept";

	/** Pairs of topics a listing names close together ({@link SearchVocabulary#pair}). */
	static final String TOGETHER = "together";

	/** Field weights: titles above kinds above places above descriptions. */
	static final Map<String, Float> WEIGHTS = weights();

	/** A concept named in the query weighs about as much as a title word. */
	static final float CONCEPT_WEIGHT = 12f;

	/**
	 * What a topic of another ({@link SearchVocabulary#OF_ANOTHER}: a course) weighs in a
	 * listing that does not name it close to the query's other topic, as a share of a
	 * concept's weight.
	 */
	static final float ALONE_SHARE = 0.25f;

	/** Longer words are found by their parts (compounds), not their first letters. */
	static final int MAX_PREFIXED_LENGTH = 10;

	/** A shared beginning weighs little: a net for forms the stemmers miss. */
	static final float PREFIX_WEIGHT = 2.4f;

	/**
	 * Guessing (fuzzy, inside compounds) is costly per word; nobody types more than this.
	 */
	private static final int MAX_GUESSED_WORDS = 8;

	private final Analyzer words;

	private final Analyzer grams;

	private final SearchVocabulary vocabulary;

	private final QueryTimes times = new QueryTimes();

	TolerantTextQuery(Analyzer words, Analyzer grams, SearchVocabulary vocabulary) {
		this.words = words;
		this.grams = grams;
		this.vocabulary = vocabulary;
	}

	private static Map<String, Float> weights() {
		Map<String, Float> weights = new HashMap<>(
				Map.of(TITLE, 3f, TEXT, 1f, TITLE_EN, 2f, TEXT_EN, 0.7f, SearchAnalyzers.PLACE, 1.5f));
		SearchAnalyzers.NATIVE.values().forEach(field -> weights.put(field, 1.5f));
		return Map.copyOf(weights);
	}

	/**
	 * A place named in the query lifts what is there above what is not, among what
	 * matches the rest of the query.
	 */
	static final float PLACE_BOOST = 500f;

	/**
	 * A good match for the words scores at least this share of the best match there is:
	 * only good matches are lifted by a day, a time of day or "free" in the query, so a
	 * listing that merely happens on the asked day never passes one that is what was
	 * asked for (an additive lift of 100 did: "language cafe on saturday" put a beach
	 * clean-up that mentions coffee above a language café on Tuesday). Low because the
	 * best match is often a title with every word in English, which scores three to five
	 * times what a listing of the asked kind in other words does ("International language
	 * café" against "Pratekafé"); one that only mentions coffee scores about a seventh.
	 */
	static final float GOOD_MATCH = 0.15f;

	/**
	 * A day named in the query ("lørdag", "on saturday", "i morgen") lifts the good
	 * matches that happen then by the best match's score: above every good match on
	 * another day.
	 */
	static final float DAY_LIFT = 1f;

	/** "I kveld", "morning": less than a day, a share of the best match's score. */
	static final float TIME_OF_DAY_LIFT = 0.3f;

	/** "Evening" is what starts at this hour or later; "daytime" what starts before. */
	static final int EVENING_FROM_MINUTE = 16 * 60;

	Query parse(String text, IndexReader reader) {
		return parse(text, reader, null);
	}

	/** {@code today}: what "i dag", "i kveld", "tomorrow" mean; null when unknown. */
	Query parse(String text, IndexReader reader, LocalDate today) {
		List<String> typed = Arrays.stream(text.split("\\s+")).filter(word -> !word.isBlank()).toList();
		QueryTimes.When when = this.times.read(typed, today == null ? LocalDate.now() : today);
		List<String> places = new ArrayList<>();
		List<String> rest = new ArrayList<>();
		boolean free = false;
		for (String word : when.rest()) {
			List<String> folded = SearchVocabulary.tokens(this.words, SearchAnalyzers.PLACE, word);
			String place = folded.size() == 1 ? knownPlace(reader, folded.get(0)) : null;
			if (place != null) {
				places.add(place);
			}
			else if (this.vocabulary.conceptsInQuery(word).equals(Set.of(FREE))) {
				// "gratis", "free", "مجاني": whether it costs, not a word to find.
				free = true;
			}
			else {
				rest.add(word);
			}
		}
		if (SearchVocabulary.tokens(this.words, TEXT, String.join(" ", rest)).isEmpty()) {
			// Only words that say "anything" ("hva skjer", "things to do"): the filters,
			// the place, the time and the price say what.
			rest.clear();
		}
		Map<Query, Float> conditions = conditions(when, free);
		if (conditions.isEmpty() && (places.isEmpty() || rest.isEmpty())) {
			boolean anything = typed.stream()
				.anyMatch(word -> SearchAnalyzers.ANYTHING.contains(word.toLowerCase(Locale.ROOT)));
			return rest.isEmpty() && places.isEmpty() && anything ? new MatchAllDocsQuery() : words(text, reader);
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (!rest.isEmpty()) {
			query.add(lifted(words(String.join(" ", rest), reader), conditions, reader), BooleanClause.Occur.MUST);
		}
		else {
			// Only when, the price (and where): what happens then, what is free.
			conditions.keySet().forEach(part -> query.add(part, BooleanClause.Occur.FILTER));
		}
		if (!places.isEmpty()) {
			BooleanQuery.Builder place = new BooleanQuery.Builder();
			places.forEach(name -> place.add(new TermQuery(new Term(SearchAnalyzers.PLACE, name)),
					BooleanClause.Occur.SHOULD));
			query.add(new BoostQuery(new ConstantScoreQuery(place.build()), PLACE_BOOST), BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	/** The vocabulary's concept of what costs nothing. */
	static final String FREE = "free";

	/**
	 * "Free" in a query lifts the good matches that are free, less than a time of day.
	 */
	static final float FREE_LIFT = 0.15f;

	/**
	 * The text query with its conditions as lifts among its good matches, measured
	 * against its best match in the whole index (once per text and reader: parsed queries
	 * are kept).
	 */
	private static Query lifted(Query text, Map<Query, Float> conditions, IndexReader reader) {
		if (conditions.isEmpty()) {
			return text;
		}
		float best;
		try {
			ScoreDoc[] top = new IndexSearcher(reader).search(text, 1).scoreDocs;
			best = top.length == 0 ? 0 : top[0].score;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (best <= 0) {
			return text;
		}
		double[] lifts = conditions.values().stream().mapToDouble(share -> share * best).toArray();
		return new FunctionScoreQuery(text,
				GoodMatchLifts.of(GOOD_MATCH * best, List.copyOf(conditions.keySet()), lifts));
	}

	/**
	 * The parts of a "when" and of "free", each with its lift as a share of the best
	 * match's score.
	 */
	private static Map<Query, Float> conditions(QueryTimes.When when, boolean free) {
		Map<Query, Float> parts = new LinkedHashMap<>();
		BooleanQuery.Builder days = new BooleanQuery.Builder();
		when.weekdays()
			.forEach(day -> days.add(new TermQuery(new Term("weekday", day.name())), BooleanClause.Occur.SHOULD));
		if (!when.dates().isEmpty()) {
			days.add(
					IntPoint.newSetQuery("day",
							when.dates().stream().mapToInt(date -> (int) date.toEpochDay()).toArray()),
					BooleanClause.Occur.SHOULD);
		}
		if (!when.weekdays().isEmpty() || !when.dates().isEmpty()) {
			parts.put(days.build(), DAY_LIFT);
		}
		if (when.evening() != when.daytime()) {
			parts.put(when.evening() ? IntPoint.newRangeQuery("startMinute", EVENING_FROM_MINUTE, 24 * 60)
					: IntPoint.newRangeQuery("startMinute", 0, EVENING_FROM_MINUTE - 1), TIME_OF_DAY_LIFT);
		}
		if (free) {
			parts.put(new TermQuery(new Term(CONCEPT, FREE)), FREE_LIFT);
		}
		return parts;
	}

	private Query words(String text, IndexReader reader) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		any.add(new BoostQuery(new CompoundParser(this.words).parse(text), 4f), BooleanClause.Occur.SHOULD);
		Set<String> concepts = this.vocabulary.conceptsInQuery(text);
		Set<String> pairs = SearchVocabulary.topicPairs(concepts);
		for (String concept : concepts) {
			Query named = new TermQuery(new Term(CONCEPT, concept));
			List<String> with = pairs.stream().filter(pair -> pair.contains(concept)).toList();
			if (!SearchVocabulary.ofAnother(concept) || with.isEmpty()) {
				any.add(new BoostQuery(named, CONCEPT_WEIGHT), BooleanClause.Occur.SHOULD);
				continue;
			}
			// A course named with what it teaches ("norskkurs", "learn Norwegian")
			// weighs little alone: a listing that says "lær" (learn) and, elsewhere,
			// "norsk" is no Norwegian course. Named close to it, the rest.
			any.add(new BoostQuery(named, CONCEPT_WEIGHT * ALONE_SHARE), BooleanClause.Occur.SHOULD);
			BooleanQuery.Builder together = new BooleanQuery.Builder();
			with.forEach(pair -> together.add(new TermQuery(new Term(TOGETHER, pair)), BooleanClause.Occur.SHOULD));
			any.add(new BoostQuery(new BooleanQuery.Builder().add(named, BooleanClause.Occur.MUST)
				.add(together.build(), BooleanClause.Occur.FILTER)
				.build(), CONCEPT_WEIGHT * (1 - ALONE_SHARE)), BooleanClause.Occur.SHOULD);
		}
		for (String word : SearchVocabulary.tokens(this.words, TEXT, text)
			.stream()
			.distinct()
			.limit(MAX_GUESSED_WORDS)
			.toList()) {
			// Only a word the index does not know is a typo: "sjakk" must not find
			// "snakk". One edit: two-edit automata cost milliseconds to build.
			if (word.length() >= 4 && !known(reader, TITLE, word) && !known(reader, TEXT, word)) {
				any.add(new FuzzyQuery(new Term(TITLE, word), 1, 1), BooleanClause.Occur.SHOULD);
				any.add(new FuzzyQuery(new Term(TEXT, word), 1, 1), BooleanClause.Occur.SHOULD);
			}
		}
		// The first letters of a word (and of its parts) find its other forms in any
		// language; a longer word's first five letters say too little about it.
		for (String word : Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty() && word.length() <= MAX_PREFIXED_LENGTH)
			.distinct()
			.limit(MAX_GUESSED_WORDS)
			.toList()) {
			for (String prefix : SearchVocabulary.tokens(this.words, SearchAnalyzers.PREFIX, word)) {
				any.add(new BoostQuery(new TermQuery(new Term(SearchAnalyzers.PREFIX, prefix)), PREFIX_WEIGHT),
						BooleanClause.Occur.SHOULD);
			}
		}
		// Trigrams of the words as typed (folded, not stemmed), as the grams field holds
		// them.
		for (String word : Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).distinct().limit(MAX_GUESSED_WORDS).toList()) {
			List<String> trigrams = SearchVocabulary.tokens(this.grams, word);
			if (word.length() >= 4 && trigrams.size() >= 2) {
				BooleanQuery.Builder inside = new BooleanQuery.Builder();
				trigrams.forEach(gram -> inside.add(new TermQuery(new Term(GRAMS, gram)), BooleanClause.Occur.SHOULD));
				inside.setMinimumNumberShouldMatch((int) Math.ceil(trigrams.size() * 0.75));
				any.add(new BoostQuery(inside.build(), 0.5f), BooleanClause.Occur.SHOULD);
			}
		}
		return any.build();
	}

	/** Russian and Ukrainian case endings of place names: "в Бергене", "у Бергені". */
	private static final Pattern CYRILLIC_CASE = Pattern.compile("(?<=\\p{IsCyrillic}{4})(ом|ем|ому|і|е|у|а|ы|и)$");

	/** The place a word names as the index knows it, also inflected in Cyrillic. */
	private static String knownPlace(IndexReader reader, String word) {
		if (known(reader, SearchAnalyzers.PLACE, word)) {
			return word;
		}
		String bare = CYRILLIC_CASE.matcher(word).replaceFirst("");
		return !bare.equals(word) && known(reader, SearchAnalyzers.PLACE, bare) ? bare : null;
	}

	/**
	 * A compound's parts weigh less than the compound: "turgruppe" is a hiking group
	 * first, and only then any "gruppe"; "sykurs" any "kurs" only after sewing.
	 */
	static final float COMPOUND_PART_WEIGHT = 0.4f;

	static final float FIELD_TIE_BREAKER = 0.3f;

	/** Each word in every field; a compound and its parts (same position) as one term. */
	private static final class CompoundParser extends SimpleQueryParser {

		CompoundParser(Analyzer analyzer) {
			super(analyzer, WEIGHTS);
		}

		/**
		 * A word's best field counts, the others a little: "hjelp" in four fields is one
		 * word.
		 */
		@Override
		protected Query newDefaultQuery(String text) {
			List<Query> fields = new ArrayList<>();
			for (Map.Entry<String, Float> field : this.weights.entrySet()) {
				Query query = createBooleanQuery(field.getKey(), text, getDefaultOperator());
				if (query != null) {
					fields.add(new BoostQuery(query, field.getValue()));
				}
			}
			return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, FIELD_TIE_BREAKER);
		}

		@Override
		protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
			SynonymQuery.Builder query = new SynonymQuery.Builder(field);
			for (int i = 0; i < terms.length; i++) {
				// The compound filter gives the word as typed first, then its parts.
				query.addTerm(new Term(field, terms[i].term),
						i == 0 ? terms[i].boost : terms[i].boost * COMPOUND_PART_WEIGHT);
			}
			return query.build();
		}

	}

	private static boolean known(IndexReader reader, String field, String word) {
		try {
			return reader.docFreq(new Term(field, word)) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
