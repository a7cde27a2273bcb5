package no.hverdag.buddies;

/** A person's answer to a proposed buddy. */
public enum Answer {

	YES, NO

}
