/**
 * Free venues: owners (the municipality through its coordinator, or an approved
 * organisation such as a school, a library or a volunteer centre) register a venue with
 * rooms, facilities, opening hours and house rules; the municipality's coordinator
 * approves it before it is listed. Rooms are booked one-off or weekly, approved by the
 * owner or at once for "instant" rooms; two approved bookings never overlap in a room
 * (the booking core's exclusive time). Week views, iCalendar feeds, and searching for a
 * free room. Depends on {@code booking}, {@code organisations}, {@code accounts},
 * {@code municipalities}, {@code audit}, {@code resources} (its rooms answer searches)
 * and {@code shared}.
 */
package no.hverdag.venues;
