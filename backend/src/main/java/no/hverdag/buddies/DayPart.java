package no.hverdag.buddies;

/** A part of a day someone is free. */
public enum DayPart {

	MORNING, AFTERNOON, EVENING

}
