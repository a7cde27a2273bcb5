package no.hverdag.activities;

/** What makes a place usable for people with disabilities. */
public enum Accessibility {

	STEP_FREE, ACCESSIBLE_TOILET, HEARING_LOOP, SIGN_LANGUAGE, QUIET_ROOM

}
