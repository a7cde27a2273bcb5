package no.hverdag.shared.i18n;

import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * {@link LocalForms} for templates, as {@code ${@forms.day(date, #locale)}}: dates in the
 * reader's language rather than a Norwegian pattern with foreign month names.
 */
@Component("forms")
public class TemplateForms {

	public String day(TemporalAccessor day, Locale locale) {
		return LocalForms.weekdayDayMonth(day, locale);
	}

	public String dayWithYear(TemporalAccessor day, Locale locale) {
		return LocalForms.weekdayDayMonthYear(day, locale);
	}

	public String dayMonth(TemporalAccessor day, Locale locale) {
		return LocalForms.dayMonth(day, locale);
	}

	public String dayMonthTime(TemporalAccessor moment, Locale locale) {
		return LocalForms.dayMonthTime(moment, locale);
	}

	public String dayMonthYearTime(TemporalAccessor moment, Locale locale) {
		return LocalForms.dayMonthYearTime(moment, locale);
	}

	public String dayMonthYear(TemporalAccessor day, Locale locale) {
		return LocalForms.dayMonthYear(day, locale);
	}

	public String numericDate(TemporalAccessor day, Locale locale) {
		return LocalForms.numericDate(day, locale);
	}

	public String numericDayMonth(TemporalAccessor day, Locale locale) {
		return LocalForms.numericDayMonth(day, locale);
	}

	public String numericDateTime(TemporalAccessor moment, Locale locale) {
		return LocalForms.numericDateTime(moment, locale);
	}

	public String number(Number value, int fractionDigits, Locale locale) {
		return LocalForms.number(value, fractionDigits, locale);
	}

}
