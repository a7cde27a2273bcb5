package no.hverdag.buddies;

/** The short follow-up question: how often do you meet? */
public enum CheckInAnswer {

	OFTEN, SOMETIMES, NOT_AT_ALL, NEED_HELP

}
