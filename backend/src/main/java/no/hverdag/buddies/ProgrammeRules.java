package no.hverdag.buddies;

/**
 * The programme's own rules for every pair: its area (a municipality) and, if set, how
 * many age bands may lie between the two.
 */
public record ProgrammeRules(String municipality, Integer maxAgeBandGap) {

}
