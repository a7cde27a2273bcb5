package no.hverdag.activities;

/** The kinds of activity the platform lists. */
public enum ActivityType {

	LANGUAGE_CAFE, VOLUNTEER_ASSIGNMENT, CULTURE_EVENT, BUDDY_PROGRAMME, FREE_VENUE, EQUIPMENT_LENDING, PERSON_TO_BORROW

}
