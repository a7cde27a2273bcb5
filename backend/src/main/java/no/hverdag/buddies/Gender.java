package no.hverdag.buddies;

/** Optional; only used when someone wishes a buddy of the same gender. */
public enum Gender {

	WOMAN, MAN, OTHER

}
