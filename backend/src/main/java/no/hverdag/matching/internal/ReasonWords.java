package no.hverdag.matching.internal;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

import no.hverdag.matching.Reason;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts a reason into words in the reader's language. */
@Component
class ReasonWords {

	private final MessageSource messages;

	ReasonWords(MessageSource messages) {
		this.messages = messages;
	}

	String text(Reason reason, Locale locale) {
		List<Object> v = reason.values();
		Object[] args = switch (reason.code()) {
			case LANGUAGE_SPOKEN -> new Object[] { message("language." + v.get(0), locale) };
			case DISTANCE -> new Object[] { decimal(locale).format(v.get(0)) };
			case FITS_FREE_TIME, FITS_EVENINGS ->
				new Object[] { message("days." + ((DayOfWeek) v.get(0)).name(), locale), v.get(1).toString() };
			case FITS_LEVEL -> new Object[] { v.get(0).toString() };
			case INTEREST -> new Object[] { message("activityType." + v.get(0), locale) };
			case FOR_YOUR_GROUP -> new Object[] { message("audience." + v.get(0), locale) };
			case MEETS_NEED -> new Object[] { message("forYou.need." + v.get(0), locale) };
			case TOPIC -> new Object[] { message("forYou.topic." + v.get(0), locale) };
			case NO_NORWEGIAN_NEEDED, FREE -> new Object[0];
		};
		return this.messages.getMessage("reason." + reason.code().name(), args, locale);
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	private static NumberFormat decimal(Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		format.setMinimumFractionDigits(1);
		return format;
	}

}
