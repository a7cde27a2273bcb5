package no.hverdag.activities;

/** Who an activity is for. Anything but {@code EVERYONE} is a hard limit. */
public enum Audience {

	EVERYONE, WOMEN, YOUTH, CHILDREN_WITH_PARENTS, SENIORS

}
