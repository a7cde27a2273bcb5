package no.hverdag.activities.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikAnalyzer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * How each field of the search index reads text. Norwegian fields drop bokmål, nynorsk
 * and English stop words ("for", "på", "og" match nearly every listing), fold accents
 * ("kafe" is "kafé"), split compounds on the platform's own vocabulary ("sjakklubb" is
 * "sjakk" + "klubb") and stem both written standards. Listings written in Arabic,
 * Persian, Russian, Ukrainian and Polish are also read by Lucene's analyzer for that
 * language, so "норвезької" finds "норвезьку". The "prefix" field keeps the first five
 * letters of every word, a cheap stemmer for any language and for inflections the
 * stemmers miss ("svømming" and "svømmekurs"); the "concept" analyzer reads any language
 * to find the vocabulary's words in it.
 */
final class SearchAnalyzers {

	static final String PREFIX = "prefix";

	static final String PLACE = "place";

	/** Listings' own text in languages Lucene has an analyzer for, one field each. */
	static final Map<String, String> NATIVE = Map.of("ar", "native_ar", "fa", "native_fa", "ru", "native_ru", "uk",
			"native_uk", "pl", "native_pl");

	/** The five letters the prefix field keeps. */
	static final int PREFIX_LENGTH = 5;

	/**
	 * Words that ask for anything ("hva skjer", "ting å gjøre", "things to do"): stop
	 * words, but a query of them (with stop words) is all there is, in its filters.
	 */
	static final CharArraySet ANYTHING = CharArraySet
		.unmodifiableSet(new CharArraySet(
				List.of("skjer", "skjera", "ting", "tinga", "gjøre", "gjere", "gjera", "finne", "thing", "things",
						"something", "anything", "stuff", "happening", "what", "whats", "what's", "do", "going"),
				true));

	/** Bokmål, nynorsk and English: what a query word for a listing never is. */
	static final CharArraySet STOP_WORDS = stopWords();

	private final CharArraySet compoundParts;

	SearchAnalyzers(CharArraySet compoundParts) {
		this.compoundParts = compoundParts;
	}

	private static CharArraySet stopWords() {
		CharArraySet stop = new CharArraySet(NorwegianAnalyzer.getDefaultStopSet(), true);
		stop.addAll(ANYTHING);
		stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		// nynorsk and everyday words the snowball list lacks
		for (String word : new String[] { "ikkje", "kva", "korleis", "kvar", "eg", "ho", "dei", "me", "frå", "òg", "og",
				"ein", "eit", "vil", "gjerne", "noe", "noko", "hvor", "hva", "jeg", "meg", "the", "please", "want",
				"near", "me",
				// the commonest little words of the languages newcomers search in
				"для", "з", "і", "й", "в", "у", "на", "та", "до", "по", "с", "и", "для", "в", "из", "في", "من", "مع",
				"على", "إلى", "الى", "عن", "و", "برای", "با", "در", "از", "به", "و", "dla", "w", "z", "na", "do", "iyo",
				"ee", "la", "ka", "ku", "u", "loo" }) {
			stop.add(word);
		}
		return CharArraySet.unmodifiableSet(stop);
	}

	/** Every field's analyzer; the default reads Norwegian. */
	Analyzer perField() {
		Map<String, Analyzer> fields = new HashMap<>();
		Analyzer english = english();
		fields.put(TolerantTextQuery.TITLE_EN, english);
		fields.put(TolerantTextQuery.TEXT_EN, english);
		fields.put(TolerantTextQuery.GRAMS, trigrams());
		fields.put(PREFIX, chain(s -> new TruncateTokenFilter(compound(folded(s)), PREFIX_LENGTH)));
		fields.put(PLACE, chain(s -> new ASCIIFoldingFilter(
				new PersianNormalizationFilter(new ArabicNormalizationFilter(new LowerCaseFilter(s))))));
		fields.put(NATIVE.get("ar"), new ArabicAnalyzer());
		fields.put(NATIVE.get("fa"), new PersianAnalyzer());
		fields.put(NATIVE.get("ru"), new RussianAnalyzer());
		fields.put(NATIVE.get("uk"), new UkrainianMorfologikAnalyzer());
		fields.put(NATIVE.get("pl"), new MorfologikAnalyzer());
		return new PerFieldAnalyzerWrapper(norwegian(), fields);
	}

	Analyzer norwegian() {
		return chain(s -> new NorwegianLightStemFilter(compound(folded(s)),
				NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK));
	}

	static Analyzer english() {
		return chain(s -> new EnglishMinimalStemFilter(new ASCIIFoldingFilter(
				new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(s)), STOP_WORDS))));
	}

	static Analyzer trigrams() {
		return chain(s -> new NGramTokenFilter(new ASCIIFoldingFilter(new LowerCaseFilter(s)), 3, 3, false));
	}

	/**
	 * Any language, to find the vocabulary's words: Arabic and Persian normalised and
	 * stemmed, Cyrillic lightly stemmed, Latin folded, split and stemmed.
	 */
	Analyzer concept() {
		// No English stemmer: it makes "kors" (cross) "kor" (choir).
		return chain(s -> new NorwegianLightStemFilter(
				new RussianLightStemFilter(compound(new ASCIIFoldingFilter(new PersianNormalizationFilter(
						new ArabicStemFilter(new ArabicNormalizationFilter(stopped(s))))))),
				NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK));
	}

	/** What the compound dictionary is matched against: lower-cased, folded words. */
	static Analyzer beforeCompounds() {
		return chain(s -> new ASCIIFoldingFilter(
				new PersianNormalizationFilter(new ArabicStemFilter(new ArabicNormalizationFilter(stopped(s))))));
	}

	/** Lower-cased words as written, stop words left out. */
	static Analyzer lowerCased() {
		return chain(SearchAnalyzers::stopped);
	}

	private static TokenStream stopped(TokenStream source) {
		return new StopFilter(new LowerCaseFilter(source), STOP_WORDS);
	}

	private static TokenStream folded(TokenStream source) {
		return new ASCIIFoldingFilter(stopped(source));
	}

	private TokenStream compound(TokenStream source) {
		if (this.compoundParts.isEmpty()) {
			return source;
		}
		return new DictionaryCompoundWordTokenFilter(source, this.compoundParts, 5, 4, 15, false);
	}

	private static Analyzer chain(UnaryOperator<TokenStream> filters) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
			}
		};
	}

}
