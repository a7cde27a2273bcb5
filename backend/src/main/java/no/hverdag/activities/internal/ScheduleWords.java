package no.hverdag.activities.internal;

import java.util.Locale;
import java.util.stream.Collectors;

import no.hverdag.activities.Schedule;
import no.hverdag.shared.i18n.LocalForms;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A schedule in the reader's words: "Hver tirsdag og torsdag kl. 18:00–20:00", "Annenhver
 * onsdag …" or "3. desember 2026 kl. 18:00–20:00".
 */
@Component
class ScheduleWords {

	private final MessageSource messages;

	ScheduleWords(MessageSource messages) {
		this.messages = messages;
	}

	String describe(Schedule schedule, Locale locale) {
		String start = schedule.start().toString();
		String end = schedule.end().toString();
		if (schedule instanceof Schedule.OneOff once) {
			return message("schedule.oneOff", locale, LocalForms.dayMonthYear(once.date(), locale), start, end);
		}
		Schedule.Recurring recurring = (Schedule.Recurring) schedule;
		String days = recurring.days()
			.stream()
			.sorted()
			.map(day -> message("day." + day.name(), locale))
			.collect(Collectors.joining(message("schedule.and", locale)));
		return message(recurring.everyWeeks() == 2 ? "schedule.biweekly" : "schedule.weekly", locale, days, start, end);
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
