/**
 * The booking core: one resource (a room, a kind of equipment, a person's slot) for a
 * period by a holder, with the rules that decide whether a request may be admitted
 * ({@link no.hverdag.booking.BookingRules}), and the two invariants every booking feature
 * shares, each kept by the database's own single-document operations: exclusive time on a
 * resource ({@link no.hverdag.booking.ExclusiveTime}, quarter-hour claims with unique
 * ids) and counted stock per day ({@link no.hverdag.booking.DailyStock}, one conditional
 * update per day). See ADR 0008. Depends only on {@code shared}.
 */
package no.hverdag.booking;
