/**
 * "For you": a newcomer's profile (languages, Norwegian level, interests, area, free
 * time, the groups they belong to), kept signed in or only in their browser, and the
 * upcoming activities ranked by how well they fit, each with its reasons. Hard
 * constraints (audience, level, free time, area, free of charge) filter; only what passes
 * them is ranked by the soft ones, so a soft match can never outweigh a hard mismatch.
 * Equipment in season and free rooms are suggested beside them through {@code resources}.
 * Depends on {@code activities}, {@code municipalities}, {@code resources} and
 * {@code shared}.
 */
package no.hverdag.matching;
