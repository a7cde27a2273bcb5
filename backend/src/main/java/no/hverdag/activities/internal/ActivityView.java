package no.hverdag.activities.internal;

import java.time.LocalDate;

import no.hverdag.activities.Activity;
import no.hverdag.activities.Schedule;

/**
 * An activity as a page shows it: with its municipality's name and the next day it
 * happens.
 */
public record ActivityView(Activity activity, String municipalityName, LocalDate nextDate) {

	public boolean weekly() {
		return this.activity.schedule() instanceof Schedule.Weekly;
	}

	public String dayOfWeek() {
		return this.activity.schedule() instanceof Schedule.Weekly w ? w.dayOfWeek().name() : null;
	}

}
