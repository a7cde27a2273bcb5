package no.hverdag.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The multilingual words for rooms and equipment ({@code search/resource-concepts.txt}):
 * a concept such as "skis", "kitchen" or "room" with its names in the languages newcomers
 * write. A room or an item carries the concepts its structured fields say and those its
 * own name uses; a query's words name concepts in any language, also misspelt (one edit
 * in four letters, two in nine, by Lucene's Levenshtein automata), without æ, ø, å or
 * accents, as the first or last part of a compound ("skiutlån", "barneski") or with a
 * Norwegian ending ("hjelmene"). Held in memory: a query is matched against a few
 * thousand words and a few hundred things at most, in microseconds.
 */
public final class Vocabulary {

	/** Concept ids of this prefix are general: "any room", "any equipment". */
	public static final String GENERAL = "any.";

	/** Latin look-alikes typed from a Cyrillic keyboard inside a Latin word. */
	private static final Map<Character, Character> HOMOGLYPHS = Map.of('а', 'a', 'е', 'e', 'о', 'o', 'р', 'p', 'с', 'c',
			'у', 'y', 'х', 'x', 'і', 'i', 'к', 'k', 'м', 'm');

	/** Read last: reading uses the tables above. */
	private static final Vocabulary STANDARD = read("/search/resource-concepts.txt");

	private final Map<String, Set<String>> words = new HashMap<>();

	/** Words of two or more parts: every part must be there. */
	private final Map<String, List<List<String>>> phrases = new HashMap<>();

	/**
	 * What each query word names, kept for the words asked most recently: building a
	 * word's typo automaton and checking it against every word of the vocabulary took
	 * about a quarter of the home page's time (issue 18), and newcomers search with a few
	 * hundred common words.
	 */
	private final Map<String, Term> recentTerms = Collections
		.synchronizedMap(new LinkedHashMap<>(RECENT_TERMS, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Term> eldest) {
				return size() > RECENT_TERMS;
			}
		});

	private static final int RECENT_TERMS = 4096;

	private Vocabulary() {
	}

	public static Vocabulary standard() {
		return STANDARD;
	}

	static Vocabulary read(String resource) {
		Vocabulary vocabulary = new Vocabulary();
		try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				vocabulary.add(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return vocabulary;
	}

	private void add(String line) {
		String trimmed = line.strip();
		int eq = trimmed.indexOf('=');
		if (trimmed.isEmpty() || trimmed.startsWith("#") || eq < 0) {
			return;
		}
		String concept = trimmed.substring(0, eq).strip();
		for (String word : trimmed.substring(eq + 1).split(",")) {
			List<String> parts = tokens(word);
			if (parts.size() == 1) {
				this.words.computeIfAbsent(parts.get(0), w -> new LinkedHashSet<>()).add(concept);
			}
			else if (parts.size() > 1) {
				this.phrases.computeIfAbsent(concept, c -> new ArrayList<>()).add(parts);
			}
		}
	}

	/**
	 * Lower case, Cyrillic look-alikes inside Latin words made Latin, æ ø å and accents
	 * folded, Arabic and Persian letter variants made one, split on what is not a letter
	 * or digit.
	 */
	public static List<String> tokens(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String lower = text.toLowerCase(java.util.Locale.ROOT)
			.replace("æ", "ae")
			.replace("ø", "o")
			.replace("œ", "oe")
			.replace("ß", "ss");
		String folded = Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		List<String> out = new ArrayList<>();
		for (String token : folded.split("[^\\p{L}\\p{N}]+")) {
			if (!token.isEmpty()) {
				out.add(unify(token));
			}
		}
		return out;
	}

	private static String unify(String token) {
		boolean latin = token.chars().anyMatch(c -> c >= 'a' && c <= 'z');
		StringBuilder out = new StringBuilder(token.length());
		for (char c : token.toCharArray()) {
			Character look = latin ? HOMOGLYPHS.get(c) : null;
			char u = look != null ? look : switch (c) {
				case 'أ', 'إ', 'آ' -> 'ا';
				case 'ة' -> 'ه';
				case 'ى', 'ی' -> 'ي';
				case 'ک' -> 'ك';
				default -> c;
			};
			out.append(u);
		}
		return out.toString();
	}

	/**
	 * The concepts a thing's own text names, exactly or as a compound's part (for names
	 * such as "Langrennsski" or "Klasserom 101").
	 */
	public Set<String> conceptsOf(String text) {
		List<String> tokens = tokens(text);
		Set<String> found = new LinkedHashSet<>();
		for (String token : tokens) {
			found.addAll(this.words.getOrDefault(token, Set.of()));
			this.words.forEach((word, concepts) -> {
				if (compoundOf(token, word)) {
					found.addAll(concepts);
				}
			});
		}
		this.phrases.forEach((concept, list) -> {
			if (list.stream().anyMatch(tokens::containsAll)) {
				found.add(concept);
			}
		});
		return found;
	}

	/** A query, ready to be matched against many things. */
	public Query query(String text) {
		List<String> tokens = tokens(text);
		List<Term> terms = new ArrayList<>();
		for (String token : tokens) {
			Term known = this.recentTerms.computeIfAbsent(token, this::term);
			// A copy: a phrase below may add to it for this query only.
			terms.add(new Term(token, new LinkedHashSet<>(known.concepts()), known.typo()));
		}
		// A phrase ("life jacket") names its concept through each of its words.
		this.phrases.forEach((concept, list) -> {
			for (List<String> parts : list) {
				if (tokens.containsAll(parts)) {
					terms.stream().filter(t -> parts.contains(t.token())).forEach(t -> t.concepts().add(concept));
				}
			}
		});
		return new Query(terms);
	}

	/** What one word names by itself: exactly, as a compound's part, or misspelt. */
	private Term term(String token) {
		CharacterRunAutomaton typo = typos(token);
		Set<String> concepts = new LinkedHashSet<>(this.words.getOrDefault(token, Set.of()));
		this.words.forEach((word, ids) -> {
			if (compoundOf(token, word) || misspelt(token, typo, word)) {
				concepts.addAll(ids);
			}
		});
		return new Term(token, Collections.unmodifiableSet(concepts), typo);
	}

	private static CharacterRunAutomaton typos(String token) {
		int length = token.codePointCount(0, token.length());
		int edits = length >= 9 ? 2 : length >= 4 ? 1 : 0;
		if (edits == 0) {
			return null;
		}
		return new CharacterRunAutomaton(new LevenshteinAutomata(token, true).toAutomaton(edits));
	}

	/**
	 * Within the typo distance. A four-letter word may only swap two letters or miss one,
	 * so "hike" is no "hire" and "tent" no "test".
	 */
	static boolean misspelt(String token, CharacterRunAutomaton typo, String word) {
		if (typo == null || word.isEmpty() || !typo.run(word)) {
			return false;
		}
		if (token.length() >= 5) {
			return true;
		}
		return word.length() != token.length() || sorted(word).equals(sorted(token))
				|| word.regionMatches(0, token, 0, 3);
	}

	private static String sorted(String s) {
		char[] chars = s.toCharArray();
		Arrays.sort(chars);
		return new String(chars);
	}

	/** Norwegian endings after a short word: "skiene", "rommet", "salen". */
	private static final Set<String> ENDINGS = Set.of("e", "en", "et", "er", "ene", "a", "ar", "ane", "as", "s", "ne");

	/**
	 * Whether {@code word} is the first or last part of {@code token}: a compound, or a
	 * word with an ending. A three-letter word ("ski", "rom", "lån") only as the last
	 * part after three letters or more ("barneski"), or first before an ending or another
	 * known word ("skiene", "skiutlån"), so "skilt" is no ski and "langrenn" no loan.
	 */
	boolean compoundOf(String token, String word) {
		if (word.length() != 3) {
			return compound(token, word);
		}
		int rest = token.length() - 3;
		if (rest >= 3 && token.endsWith(word)) {
			return true;
		}
		if (rest < 1 || !token.startsWith(word)) {
			return false;
		}
		String after = token.substring(3);
		return ENDINGS.contains(after) || after.length() >= 3 && this.words.containsKey(after);
	}

	static boolean compound(String token, String word) {
		int rest = token.length() - word.length();
		return word.length() >= 4 && rest >= 1 && (token.startsWith(word) || token.endsWith(word));
	}

	/** One word of a query and the concepts it names. */
	public record Term(String token, Set<String> concepts, CharacterRunAutomaton typo) {

		/**
		 * 2 when the thing has a kind this word names, or the word itself; 1 when it only
		 * shares a general concept ("any room"); 0 when nothing.
		 */
		int weight(Searchable thing) {
			boolean general = false;
			for (String concept : this.concepts) {
				if (thing.concepts().contains(concept)) {
					if (!concept.startsWith(GENERAL)) {
						return 2;
					}
					general = true;
				}
			}
			for (String word : thing.words()) {
				if (word.equals(this.token) || compound(word, this.token) || misspelt(this.token, this.typo, word)) {
					return 2;
				}
			}
			return general ? 1 : 0;
		}

	}

	/** The words of a query. */
	public record Query(List<Term> terms) {

		public boolean isEmpty() {
			return this.terms.isEmpty();
		}

		/**
		 * How well the thing matches: two for each word naming it or its kind, one for a
		 * word naming only its general kind; 0 for none.
		 */
		public int score(Searchable thing) {
			int score = 0;
			for (Term term : this.terms) {
				score += term.weight(thing);
			}
			return score;
		}

	}

	/** What a room or an item is searched by: its concepts and its own words. */
	public record Searchable(Set<String> concepts, Set<String> words) {

		public static Searchable of(Collection<String> structured, String... texts) {
			Set<String> concepts = new LinkedHashSet<>(structured);
			Set<String> words = new LinkedHashSet<>();
			for (String text : texts) {
				concepts.addAll(STANDARD.conceptsOf(text));
				words.addAll(tokens(text));
			}
			words.removeIf(w -> w.length() < 3 || w.chars().allMatch(Character::isDigit));
			return new Searchable(Set.copyOf(concepts), Set.copyOf(words));
		}

	}

	/** For tests and docs: every concept id. */
	Set<String> concepts() {
		Set<String> all = new LinkedHashSet<>();
		this.words.values().forEach(all::addAll);
		all.addAll(this.phrases.keySet());
		return all;
	}

	static List<String> split(String csv) {
		return Arrays.stream(csv.split(",")).map(String::strip).toList();
	}

}
