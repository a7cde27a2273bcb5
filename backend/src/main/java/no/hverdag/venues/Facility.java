package no.hverdag.venues;

/** What a venue offers; shown with the message key {@code venues.facility.NAME}. */
public enum Facility {

	KITCHEN, PROJECTOR, STEP_FREE, HEARING_LOOP, CHANGING_ROOMS, WIFI

}
