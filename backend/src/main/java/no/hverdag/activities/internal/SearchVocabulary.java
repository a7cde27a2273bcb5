package no.hverdag.activities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The search's multilingual vocabulary ({@code search/concepts.txt}): concepts such as
 * "language café", "women", "chess" with their names in the languages newcomers write. A
 * listing carries the concepts its kind, audience and accessibility say, and those its
 * own text names; a query names concepts in any language, so "قهوة اللغة" finds a
 * "Språkkafé" and "damer" a group "for kvinner". Its Norwegian words are also the
 * dictionary compounds are split on.
 */
final class SearchVocabulary {

	/**
	 * A concept's word as the concept analyzer reads it: all parts must be present.
	 * {@code written}: each of its single words as written (lower-cased), by the token it
	 * is read as.
	 */
	private record Word(String concept, List<String> tokens, Map<String, String> written, String folded) {
	}

	/**
	 * A single word of a text: folded, and its tokens by position (compound parts share
	 * one).
	 */
	private record WordReading(String folded, List<Map.Entry<Integer, String>> tokens) {
	}

	/**
	 * Words already read, for indexing: listings share most of their words, and reading
	 * word by word costs about three times reading the whole text at once.
	 */
	private final Map<String, WordReading> readWords = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int READ_WORDS_KEPT = 100_000;

	/**
	 * A word of a text as the concept analyzer reads it: {@code written} lower-cased as
	 * in the text, or null for a compound's part; {@code compound} the folded compound a
	 * part was found in, else null; {@code before} the folded word before it (stop words
	 * skipped).
	 */
	private record Read(String token, String written, String compound, String before) {
	}

	/** Norwegian compound parts besides the vocabulary's own words. */
	private static final List<String> PARTS = List.of("kafe", "kaffe", "kafé", "kurs", "klubb", "trening", "prat",
			"gruppe", "treff", "verksted", "hjelp", "lekse", "norsk", "språk", "svømme", "strikke", "sjakk", "fotball",
			"sykkel", "fjell", "kveld", "senter", "sentral", "bibliotek", "familie", "barn", "kvinne", "dame", "jente",
			"senior", "ungdom", "venn", "guide", "flyktning", "kultur", "musikk", "film", "kino", "lese", "jobb",
			"data", "mobil", "kjøkken", "møte", "lokale", "utstyr", "utlån", "frivillig", "bading", "dans", "sang",
			"middag", "bake", "hekle", "symaskin", "reparasjon", "nordlys", "strand", "rydding", "konsert", "teater",
			"kunst", "male", "maling", "foto", "spill", "brett", "ball", "idrett", "sport", "helse", "lege",
			"matlaging", "natur", "skole", "leke", "svomme", "strikk", "venner", "vaffel", "kake", "tekst", "samtale",
			"sjakk", "klubb", "gruppe", "utlan", "verktoy", "telt", "friluft", "vinter", "sommer", "fest", "jule",
			"dugnad", "butikk", "brukt", "mentor", "nettverk", "sykle", "jobbsok", "soknad", "intervju");

	private final Map<String, List<String>> names = new LinkedHashMap<>();

	/**
	 * Words that, as a compound's first part or the word before, say a concept's word
	 * means something else ({@code not.} lines): "samtaletrening" and "muntlig trening"
	 * are practice, not exercise. Folded.
	 */
	private final Map<String, List<String>> unlike = new HashMap<>();

	/** Lower-cased words, stop words left out: the text's words as written. */
	private final Analyzer lower = SearchAnalyzers.lowerCased();

	private final Map<String, List<Word>> byFirstToken = new HashMap<>();

	private final Set<String> tokens = new HashSet<>();

	/** Single words as typed but folded, for typos: stems of misspelt words differ. */
	private final Map<String, Set<String>> rawWords = new HashMap<>();

	private final Analyzer raw = SearchAnalyzers.beforeCompounds();

	private final CharArraySet compoundParts;

	private final SearchAnalyzers analyzers;

	private final Analyzer concept;

	SearchVocabulary() {
		read();
		this.compoundParts = compoundParts();
		this.analyzers = new SearchAnalyzers(this.compoundParts);
		this.concept = this.analyzers.concept();
		this.names.forEach((id, words) -> {
			for (String word : words) {
				List<String> parts = List.copyOf(new LinkedHashSet<>(tokens(this.concept, word)));
				if (!parts.isEmpty()) {
					Map<String, String> written = new HashMap<>();
					for (String single : tokens(this.lower, word)) {
						List<String> read = tokens(this.concept, single);
						if (read.size() == 1) {
							written.putIfAbsent(read.get(0), single);
						}
					}
					this.byFirstToken.computeIfAbsent(parts.get(0), first -> new ArrayList<>())
						.add(new Word(id, parts, Map.copyOf(written), written.size() == 1
								? String.join("", tokens(this.raw, written.values().iterator().next())) : null));
					this.tokens.addAll(parts);
				}
				List<String> folded = tokens(this.raw, word);
				if (folded.size() == 1) {
					this.rawWords.computeIfAbsent(folded.get(0), w -> new HashSet<>()).add(id);
				}
			}
		});
	}

	/**
	 * Other names of municipalities ({@code search/place-names.txt}): in other scripts,
	 * transliterated, historical; by municipality number.
	 */
	static Map<String, List<String>> otherPlaceNames() {
		Map<String, List<String>> names = new HashMap<>();
		for (String line : resource("/search/place-names.txt").split("\n")) {
			int equals = line.indexOf('=');
			if (line.isBlank() || line.startsWith("#") || equals < 0) {
				continue;
			}
			List<String> some = names.computeIfAbsent(line.substring(0, equals).strip(), n -> new ArrayList<>());
			for (String name : line.substring(equals + 1).split(",")) {
				if (!name.isBlank()) {
					some.add(name.strip());
				}
			}
		}
		return Map.copyOf(names);
	}

	private static String resource(String name) {
		try (InputStream in = SearchVocabulary.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	SearchAnalyzers analyzers() {
		return this.analyzers;
	}

	private void read() {
		try (InputStream in = SearchVocabulary.class.getResourceAsStream("/search/concepts.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (String line : text.split("\n")) {
				int equals = line.indexOf('=');
				if (line.isBlank() || line.startsWith("#") || equals < 0) {
					continue;
				}
				String id = line.substring(0, equals).strip();
				List<String> words = id.startsWith(NOT)
						? this.unlike.computeIfAbsent(id.substring(NOT.length()), concept -> new ArrayList<>())
						: this.names.computeIfAbsent(id, concept -> new ArrayList<>());
				for (String word : line.substring(equals + 1).split(",")) {
					if (!word.isBlank()) {
						words.add(id.startsWith(NOT) ? String.join("", tokens(this.raw, word.strip())) : word.strip());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Common Norwegian parts of four letters or more, folded as the fields fold them.
	 * Only Norwegian ones: the vocabulary's words in other languages split Somali or
	 * Polish words wrongly ("marka" in "dumarka"); three-letter parts split too much
	 * ("tur" in "kultur", "kor" in "førerkort", "eldre" in "foreldre" is left out for the
	 * same reason).
	 */
	private static CharArraySet compoundParts() {
		Analyzer folded = SearchAnalyzers.beforeCompounds();
		CharArraySet parts = new CharArraySet(PARTS.size(), true);
		for (String candidate : PARTS) {
			List<String> words = tokens(folded, candidate);
			if (words.size() == 1 && words.get(0).length() >= 4) {
				parts.add(words.get(0));
			}
		}
		return CharArraySet.unmodifiableSet(parts);
	}

	/** Lines of concepts.txt that say when a concept's word means something else. */
	private static final String NOT = "not.";

	/**
	 * The concepts a listing's text names (all its parts present for a word of several),
	 * each word read as {@link #fits} says; Norwegian letters count as written here:
	 * listings are written with them.
	 */
	Set<String> conceptsIn(String text) {
		return conceptsIn(text, List.of());
	}

	/**
	 * The concepts a listing's text names, its place's names aside: "Skien" is a town,
	 * not skis; "Ski" too.
	 */
	Set<String> conceptsIn(String text, Collection<String> placeNames) {
		Set<String> places = new HashSet<>();
		for (String name : placeNames) {
			List<String> words = tokens(this.lower, name);
			if (words.size() == 1) {
				places.add(words.get(0));
			}
		}
		return conceptsIn(text, true, places);
	}

	private Set<String> conceptsIn(String text, boolean nordicLetters) {
		return conceptsIn(text, nordicLetters, Set.of());
	}

	private Set<String> conceptsIn(String text, boolean nordicLetters, Set<String> places) {
		Map<String, List<Read>> present = new LinkedHashMap<>();
		for (Read read : reading(text, places)) {
			present.computeIfAbsent(read.token(), token -> new ArrayList<>()).add(read);
		}
		Set<String> words = new HashSet<>(tokens(this.raw, text));
		Set<String> found = new LinkedHashSet<>();
		for (String token : present.keySet()) {
			for (Word word : this.byFirstToken.getOrDefault(token, List.of())) {
				if (!found.contains(word.concept()) && !otherKind(word, words)
						&& word.tokens()
							.stream()
							.allMatch(part -> present.getOrDefault(part, List.of())
								.stream()
								.anyMatch(read -> fits(read, word, part, nordicLetters)))) {
					found.add(word.concept());
				}
			}
		}
		return found;
	}

	/** The text's words as the concept analyzer reads them, word by word. */
	private List<Read> reading(String text, Set<String> places) {
		List<Read> reads = new ArrayList<>();
		String before = "";
		for (String single : tokens(this.lower, text)) {
			if (places.contains(single)) {
				before = "";
				continue;
			}
			WordReading word = this.readWords.get(single);
			if (word == null) {
				word = new WordReading(String.join("", tokens(this.raw, single)), positioned(this.concept, single));
				if (this.readWords.size() >= READ_WORDS_KEPT) {
					this.readWords.clear();
				}
				this.readWords.put(single, word);
			}
			String folded = word.folded();
			int at = Integer.MIN_VALUE;
			String whole = null;
			for (Map.Entry<Integer, String> read : word.tokens()) {
				// The compound filter gives the word first, then its parts at its place
				// (a word of the dictionary also as its own part: "trening").
				boolean part = read.getKey() == at;
				at = read.getKey();
				if (!part) {
					whole = read.getValue();
					reads.add(new Read(whole, single, null, before));
				}
				else if (!read.getValue().equals(whole)) {
					reads.add(new Read(read.getValue(), null, folded, before));
				}
			}
			before = folded;
		}
		return reads;
	}

	/**
	 * Whether a text's word is the concept's word its token stands for. The stemmers read
	 * different words alike ("matte" and "mat", "marka" and "market", "litter" and
	 * "litt"; folded, "garn" and "går"): a word of Latin letters must be the concept's
	 * word with an ending, if any ("kafeen", "fjellturer"; with {@code nordicLetters} æ,
	 * ø and å as written). A compound's part names the concept unless the compound's
	 * first part is a little word ("tilbake" is no baking, "ettermiddag" no dinner) or
	 * one of the concept's {@link #NOT} words ("samtaletrening"); a word, unless the word
	 * before is one ("muntlig trening").
	 */
	private boolean fits(Read read, Word word, String token, boolean nordicLetters) {
		List<String> unlike = this.unlike.getOrDefault(word.concept(), List.of());
		if (read.compound() != null) {
			int at = read.compound().indexOf(token);
			String first = at > 0 ? read.compound().substring(0, at) : "";
			return first.isEmpty()
					|| (!SearchAnalyzers.STOP_WORDS.contains(first) && unlike.stream().noneMatch(first::startsWith));
		}
		if (unlike.contains(read.before())) {
			return false;
		}
		String as = word.written().get(token);
		return as == null || !latin(as) || !latin(read.written()) || startsWith(read.written(), as, nordicLetters);
	}

	/**
	 * Whether the text names a compound of one of the concept's {@link #NOT} words and
	 * this word ("busstur", "båttur"): then the word alone is that thing too ("bli med på
	 * tur" on a bus trip is no hike).
	 */
	private boolean otherKind(Word word, Set<String> textWords) {
		List<String> unlike = this.unlike.getOrDefault(word.concept(), List.of());
		if (unlike.isEmpty() || word.folded() == null) {
			return false;
		}
		String as = word.folded();
		return unlike.stream()
			.anyMatch(first -> textWords.contains(first + as) || textWords.contains(first + "s" + as)
					|| textWords.contains(first + "e" + as));
	}

	private static boolean latin(String word) {
		return word.chars().allMatch(c -> c < 0x250);
	}

	/** Whether {@code word} begins with {@code start}, accents aside. */
	private static boolean startsWith(String word, String start, boolean nordicLetters) {
		if (word.length() < start.length()) {
			return false;
		}
		for (int i = 0; i < start.length(); i++) {
			char one = word.charAt(i);
			char other = start.charAt(i);
			if (one != other && (nordicLetters && (NORDIC.indexOf(one) >= 0 || NORDIC.indexOf(other) >= 0)
					|| base(one) != base(other))) {
				return false;
			}
		}
		return true;
	}

	/** Letters of their own in Norwegian, not accented ones. */
	private static final String NORDIC = "æøå";

	private static char base(char letter) {
		String bare = java.text.Normalizer.normalize(String.valueOf(letter), java.text.Normalizer.Form.NFD);
		return switch (letter) {
			case 'æ' -> 'a';
			case 'ø' -> 'o';
			default -> bare.charAt(0);
		};
	}

	/**
	 * How close (in word positions) two concepts' words must be in a listing's title or
	 * description to be named together: "kurs i norsk", "lær norsk", "learn Norwegian",
	 * one compound ("norskkurs"); not "lær å lage mat ... vi snakker norsk".
	 */
	static final int NEAR = 3;

	/**
	 * Topics that say how, not what: a course is a course of something, and "lær" in a
	 * listing that also says "norsk" may be about cooking ("lær å lage mat ... vi snakker
	 * norsk"). With another topic, such a topic is that topic's only when named close to
	 * it.
	 */
	static final Set<String> OF_ANOTHER = Set.of("topic.course");

	static boolean ofAnother(String concept) {
		return OF_ANOTHER.contains(concept);
	}

	/**
	 * Whether a concept says what a listing is about, not its kind or audience (which
	 * come from a listing's fields, not its words).
	 */
	static boolean isTopic(String concept) {
		return !concept.startsWith("kind.") && !concept.startsWith("audience.");
	}

	/** A pair of concepts as one term, in a fixed order. */
	static String pair(String one, String other) {
		return one.compareTo(other) < 0 ? one + "|" + other : other + "|" + one;
	}

	/**
	 * The pairs of a topic {@link #OF_ANOTHER} and another topic (not kinds or audiences:
	 * those come from a listing's fields) that some text of the listing names close
	 * together, each as {@link #pair}.
	 */
	Set<String> topicPairsIn(Collection<String> texts) {
		Set<String> pairs = new LinkedHashSet<>();
		for (String text : texts) {
			List<Map.Entry<Integer, String>> named = new ArrayList<>();
			List<Map.Entry<Integer, String>> tokens = positioned(this.concept, text);
			for (int i = 0; i < tokens.size(); i++) {
				int at = tokens.get(i).getKey();
				for (Word word : this.byFirstToken.getOrDefault(tokens.get(i).getValue(), List.of())) {
					if (isTopic(word.concept()) && near(tokens, i, word.tokens())) {
						named.add(Map.entry(at, word.concept()));
					}
				}
			}
			for (int i = 0; i < named.size(); i++) {
				for (int j = i + 1; j < named.size(); j++) {
					String one = named.get(i).getValue();
					String other = named.get(j).getValue();
					if (!one.equals(other) && (ofAnother(one) || ofAnother(other))
							&& Math.abs(named.get(i).getKey() - named.get(j).getKey()) <= NEAR) {
						pairs.add(pair(one, other));
					}
				}
			}
		}
		return pairs;
	}

	/** Whether a word's other parts follow the token at {@code i} closely. */
	private static boolean near(List<Map.Entry<Integer, String>> tokens, int i, List<String> parts) {
		int at = tokens.get(i).getKey();
		for (String part : parts.subList(1, parts.size())) {
			boolean found = false;
			for (int j = i; j < tokens.size() && tokens.get(j).getKey() <= at + NEAR && !found; j++) {
				found = tokens.get(j).getValue().equals(part);
			}
			if (!found) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The pairs of a topic {@link #OF_ANOTHER} and another topic a query names (in any
	 * order and distance: a query is a few words about one thing).
	 */
	static Set<String> topicPairs(Set<String> concepts) {
		List<String> topics = concepts.stream().filter(SearchVocabulary::isTopic).toList();
		Set<String> pairs = new LinkedHashSet<>();
		for (String one : topics) {
			for (String other : topics) {
				if (ofAnother(one) && !other.equals(one)) {
					pairs.add(pair(one, other));
				}
			}
		}
		return pairs;
	}

	/**
	 * The concepts a query names, also with a typo (one; two in words of eight letters or
	 * more) in a word of five letters or more that the vocabulary does not know as typed.
	 */
	Set<String> conceptsInQuery(String query) {
		// Typed without æ, ø and å as often as with them.
		Set<String> found = conceptsIn(query, false);
		for (String typed : tokens(this.raw, query)) {
			if (typed.length() >= 5 && !this.rawWords.containsKey(typed)) {
				found.addAll(shortFirstPart(typed));
				CharacterRunAutomaton typo = new CharacterRunAutomaton(
						new LevenshteinAutomata(typed, true).toAutomaton(typed.length() >= 8 ? 2 : 1));
				this.rawWords.forEach((known, concepts) -> {
					if (known.charAt(0) == typed.charAt(0) && typo.run(known)) {
						found.addAll(concepts);
					}
				});
			}
		}
		return found;
	}

	/**
	 * A compound whose first part is too short for the compound splitter ("sy" in
	 * "sykurs", "song" in "songkor") names the concepts of both parts, when both are the
	 * vocabulary's words or compound parts.
	 */
	private Set<String> shortFirstPart(String typed) {
		Set<String> found = new LinkedHashSet<>();
		for (int split = 2; split <= 4 && typed.length() - split >= 3; split++) {
			Set<String> first = this.rawWords.get(typed.substring(0, split));
			String rest = typed.substring(split);
			if (first != null && (this.rawWords.containsKey(rest) || this.compoundParts.contains(rest))) {
				found.addAll(first);
				found.addAll(this.rawWords.getOrDefault(rest, Set.of()));
			}
		}
		return found;
	}

	/** Tokens with their positions (compound parts share the compound's). */
	private static List<Map.Entry<Integer, String>> positioned(Analyzer analyzer, String text) {
		List<Map.Entry<Integer, String>> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("concept", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(Map.entry(position, term.toString()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	static List<String> tokens(Analyzer analyzer, String text) {
		return tokens(analyzer, "concept", text);
	}

	static List<String> tokens(Analyzer analyzer, String field, String text) {
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
