package no.hverdag.shared.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import no.hverdag.shared.time.HverdagClock;

/**
 * Dates and numbers in the reader's language, from CLDR through ICU4J: the order of day
 * and month, the month's name and its grammatical case (Ukrainian and Polish decline it),
 * and the weekday. Two choices hold for every language (docs/translations.md): the
 * Gregorian calendar (Norway's; Persian would otherwise get the Solar Hijri one) and
 * Latin digits 0–9 (the digits of Norwegian letters, timetables, phone numbers and forms;
 * one digit system on a page). English is formatted as in Britain, not the USA.
 */
public final class LocalForms {

	/**
	 * Made formats per skeleton and language, cloned for each use (ICU's formats are not
	 * thread-safe). Making one reads CLDR's pattern generator, which took a tenth of the
	 * search page's time when done for every date on it (issue 18). Only the supported
	 * languages are kept, so what a request names cannot grow the map.
	 */
	private static final Map<String, DateFormat> FORMATS = new ConcurrentHashMap<>();

	private LocalForms() {
	}

	/** The locale ICU formats with: Gregorian calendar, Latin digits. */
	public static ULocale formatting(Locale locale) {
		Locale base = (locale == null || locale.getLanguage().isEmpty()) ? SupportedLanguage.NB.locale() : locale;
		String tag = "en".equals(base.getLanguage()) ? "en-GB" : base.getLanguage();
		return ULocale.forLanguageTag(tag).setKeywordValue("calendar", "gregorian").setKeywordValue("numbers", "latn");
	}

	/** "tirsdag 1. desember", "Tuesday 1 December", "вівторок, 1 грудня". */
	public static String weekdayDayMonth(TemporalAccessor day, Locale locale) {
		return format("EEEEdMMMM", day, locale);
	}

	/** As {@link #weekdayDayMonth}, with the year. */
	public static String weekdayDayMonthYear(TemporalAccessor day, Locale locale) {
		return format("yMMMMEEEEd", day, locale);
	}

	/** "1. desember", "1 December". */
	public static String dayMonth(TemporalAccessor day, Locale locale) {
		return format("dMMMM", day, locale);
	}

	/** "1. desember 18:00". */
	public static String dayMonthTime(TemporalAccessor moment, Locale locale) {
		return format("dMMMMHHmm", moment, locale);
	}

	/** "1. desember 2026 18:00". */
	public static String dayMonthYearTime(TemporalAccessor moment, Locale locale) {
		return format("yMMMMdHHmm", moment, locale);
	}

	/** "1. desember 2026", "1 December 2026". */
	public static String dayMonthYear(TemporalAccessor day, Locale locale) {
		return format("yMMMMd", day, locale);
	}

	/**
	 * "1.12.2026", "01/12/2026", "2026/12/1": a date in figures, in the language's order.
	 */
	public static String numericDate(TemporalAccessor day, Locale locale) {
		return format("yMd", day, locale);
	}

	/** "1.12.", "01/12": a day and month in figures. */
	public static String numericDayMonth(TemporalAccessor day, Locale locale) {
		return format("Md", day, locale);
	}

	/** "1.12.2026, 18:00" in figures, in the language's order, 24-hour clock. */
	public static String numericDateTime(TemporalAccessor moment, Locale locale) {
		return format("yMdHHmm", moment, locale);
	}

	/** "desember 2026", "December 2026", "грудень 2026 р.". */
	public static String monthYear(YearMonth month, Locale locale) {
		return month == null ? "" : format("yMMMM", month.atDay(1), locale);
	}

	/** A number with the language's grouping and decimal sign, Latin digits. */
	public static String number(Number value, int fractionDigits, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(formatting(locale));
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format.format(value);
	}

	private static String format(String skeleton, TemporalAccessor value, Locale locale) {
		if (value == null) {
			return "";
		}
		Locale base = (locale == null || locale.getLanguage().isEmpty()) ? SupportedLanguage.NB.locale() : locale;
		DateFormat format = SupportedLanguage.fromCode(base.getLanguage()).isPresent()
				? (DateFormat) FORMATS.computeIfAbsent(skeleton + '|' + base.getLanguage(), k -> made(skeleton, base))
					.clone()
				: made(skeleton, base);
		return format.format(Date.from(instant(value, HverdagClock.NORWAY)));
	}

	private static DateFormat made(String skeleton, Locale locale) {
		ULocale formatting = formatting(locale);
		boolean norwegian = "nb".equals(formatting.getLanguage()) || "nn".equals(formatting.getLanguage());
		// CLDR leaves out the dot after the day here; Norwegian writes "tirsdag 1.
		// desember".
		DateFormat format = (norwegian && "EEEEdMMMM".equals(skeleton))
				? new com.ibm.icu.text.SimpleDateFormat("EEEE d. MMMM", formatting)
				: DateFormat.getInstanceForSkeleton(skeleton, formatting);
		format.setTimeZone(TimeZone.getTimeZone(HverdagClock.NORWAY.getId()));
		return format;
	}

	private static java.time.Instant instant(TemporalAccessor value, ZoneId zone) {
		if (value instanceof LocalDate date) {
			return date.atTime(12, 0).atZone(zone).toInstant();
		}
		if (value instanceof LocalDateTime time) {
			return time.atZone(zone).toInstant();
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		return java.time.Instant.from(value);
	}

}
