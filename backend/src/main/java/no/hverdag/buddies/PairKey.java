package no.hverdag.buddies;

/** A newcomer's and a local's enrolment ids: a pair the coordinator locks or forbids. */
public record PairKey(String newcomerId, String localId) {

}
