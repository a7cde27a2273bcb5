package no.hverdag.activities.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What newcomers type is often misspelt, without Norwegian letters, or part of a
 * compound: "sprakkafe", "språkkafe", "sprakafe" and "kafe" should all find a
 * "Språkkafé". Each word matches exactly (stemmed, accent-folded: ranked highest), with a
 * typo or two (fuzzy), or inside a longer word (most of its trigrams). Any word may
 * match; better matches rank first.
 */
final class TolerantTextQuery {

	static final String GRAMS = "grams";

	static final String TITLE = "title";

	static final String TEXT = "text";

	static final String TITLE_EN = "title_en";

	static final String TEXT_EN = "text_en";

	/**
	 * Guessing (fuzzy, inside compounds) is costly per word; nobody types more than this.
	 */
	private static final int MAX_GUESSED_WORDS = 8;

	private final Analyzer words;

	private final Analyzer grams;

	TolerantTextQuery(Analyzer words, Analyzer grams) {
		this.words = words;
		this.grams = grams;
	}

	Query parse(String text) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		any.add(new BoostQuery(
				new SimpleQueryParser(this.words, Map.of(TITLE, 3f, TEXT, 1f, TITLE_EN, 2f, TEXT_EN, 0.7f)).parse(text),
				4f), BooleanClause.Occur.SHOULD);
		for (String word : tokens(this.words, "text", text).stream().distinct().limit(MAX_GUESSED_WORDS).toList()) {
			// One edit only: two-edit automata cost milliseconds to build, and trigrams
			// catch more.
			int edits = word.length() >= 5 ? 1 : 0;
			if (edits > 0) {
				any.add(new FuzzyQuery(new Term("title", word), edits, 1), BooleanClause.Occur.SHOULD);
				any.add(new FuzzyQuery(new Term("text", word), edits, 1), BooleanClause.Occur.SHOULD);
			}
		}
		// Trigrams of the words as typed (folded, not stemmed), as the grams field holds
		// them.
		for (String word : java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
			.distinct()
			.limit(MAX_GUESSED_WORDS)
			.toList()) {
			List<String> trigrams = tokens(this.grams, GRAMS, word);
			if (word.length() >= 4 && trigrams.size() >= 2) {
				BooleanQuery.Builder inside = new BooleanQuery.Builder();
				trigrams.forEach(gram -> inside.add(new TermQuery(new Term(GRAMS, gram)), BooleanClause.Occur.SHOULD));
				inside.setMinimumNumberShouldMatch((int) Math.ceil(trigrams.size() * 0.75));
				any.add(new BoostQuery(inside.build(), 0.5f), BooleanClause.Occur.SHOULD);
			}
		}
		return any.build();
	}

	private static List<String> tokens(Analyzer analyzer, String field, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
