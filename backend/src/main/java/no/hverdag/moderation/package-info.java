/**
 * The municipal volunteer coordinator's desk (the "frivilligbørs"): the queue of
 * organisations waiting for a decision in the coordinator's municipalities, and the
 * decisions themselves. Listing moderation will live here too. Depends on
 * {@code organisations}, {@code municipalities} and {@code shared}.
 */
package no.hverdag.moderation;
