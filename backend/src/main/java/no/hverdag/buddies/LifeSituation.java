package no.hverdag.buddies;

/** Someone's situation in life, optional; a soft reason to pair people. */
public enum LifeSituation {

	FAMILY_WITH_CHILDREN, STUDENT, WORKING, JOB_SEEKING, RETIRED

}
