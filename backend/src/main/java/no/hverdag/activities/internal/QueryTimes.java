package no.hverdag.activities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a query asks for something ({@code search/time-words.txt}): "fotball lørdag",
 * "language cafe on saturday", "i kveld", "курсы вечером", in the languages newcomers
 * write. The words that say when are taken out of the query's text: "kveld" in "i kveld"
 * is no "Filmkveld".
 */
final class QueryTimes {

	/** A phrase has at most this many words. */
	private static final int LONGEST = 3;

	/** Words of this length or more are also found with up to three more letters. */
	private static final int INFLECTED_FROM = 5;

	private static final int MORE_LETTERS = 3;

	/** Normalised phrase to its meanings ("SATURDAY", "WEEKEND", "EVENING" ...). */
	private final Map<String, Set<String>> meanings = new HashMap<>();

	QueryTimes() {
		String text;
		try (InputStream in = QueryTimes.class.getResourceAsStream("/search/time-words.txt")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String line : text.split("\n")) {
			int equals = line.indexOf('=');
			if (line.isBlank() || line.startsWith("#") || equals < 0) {
				continue;
			}
			String meaning = line.substring(0, equals).strip();
			for (String word : line.substring(equals + 1).split(",")) {
				String phrase = String.join(" ", words(word));
				if (!phrase.isEmpty()) {
					this.meanings.computeIfAbsent(phrase, p -> new LinkedHashSet<>()).add(meaning);
				}
			}
		}
	}

	/**
	 * What a query says about when.
	 *
	 * @param weekdays days of the week asked for (any of them)
	 * @param dates dates asked for ("today", "tomorrow"; any of them)
	 * @param evening starting at 16:00 or later
	 * @param daytime starting before 16:00
	 * @param rest the query's other words, as typed
	 */
	record When(Set<DayOfWeek> weekdays, Set<LocalDate> dates, boolean evening, boolean daytime, List<String> rest) {

		boolean any() {
			return !this.weekdays.isEmpty() || !this.dates.isEmpty() || this.evening || this.daytime;
		}

	}

	When read(List<String> typed, LocalDate today) {
		Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
		Set<LocalDate> dates = new LinkedHashSet<>();
		boolean evening = false;
		boolean daytime = false;
		List<String> rest = new ArrayList<>();
		List<String> normal = typed.stream().map(word -> String.join(" ", words(word))).toList();
		int i = 0;
		while (i < typed.size()) {
			Set<String> found = null;
			int length = Math.min(LONGEST, typed.size() - i);
			while (length >= 1) {
				found = meaning(String.join(" ", normal.subList(i, i + length)));
				if (found != null) {
					break;
				}
				length--;
			}
			if (found == null) {
				rest.add(typed.get(i));
				i++;
				continue;
			}
			i += length;
			for (String meaning : found) {
				switch (meaning) {
					case "WEEKEND" -> {
						weekdays.add(DayOfWeek.SATURDAY);
						weekdays.add(DayOfWeek.SUNDAY);
					}
					case "TODAY" -> dates.add(today);
					case "TOMORROW" -> dates.add(today.plusDays(1));
					case "EVENING" -> evening = true;
					case "DAYTIME" -> daytime = true;
					default -> weekdays.add(DayOfWeek.valueOf(meaning));
				}
			}
		}
		return new When(weekdays, dates, evening, daytime, rest);
	}

	private Set<String> meaning(String phrase) {
		if (phrase.isBlank()) {
			return null;
		}
		Set<String> exact = this.meanings.get(phrase);
		if (exact != null) {
			return exact;
		}
		for (int more = 1; more <= MORE_LETTERS && phrase.length() - more >= INFLECTED_FROM; more++) {
			Set<String> shorter = this.meanings.get(phrase.substring(0, phrase.length() - more));
			if (shorter != null) {
				return shorter;
			}
		}
		return null;
	}

	/** Lower-cased, without accents, Arabic letter variants folded; split on spaces. */
	private static List<String> words(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('ø', 'o')
			.replace('æ', 'a')
			.replace("ı", "i")
			.replace('أ', 'ا')
			.replace('إ', 'ا')
			.replace('آ', 'ا')
			.replace('ى', 'ي')
			.replace('ی', 'ي')
			.replace('ة', 'ه')
			.replaceAll("[\\p{Punct}&&[^'’ʼ]]", " ");
		List<String> words = new ArrayList<>();
		for (String word : folded.split("\\s+")) {
			if (!word.isBlank()) {
				words.add(word);
			}
		}
		return words;
	}

}
