package no.hverdag.activities;

/** The kind of building an activity is in: newcomers know a library or school. */
public enum BuildingType {

	LIBRARY, SCHOOL, CULTURE_HOUSE, VOLUNTEER_CENTRE, SPORTS_HALL, FAITH_COMMUNITY, OUTDOORS, OTHER

}
