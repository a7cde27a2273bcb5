/**
 * Equipment to borrow (BUA-style): lending points with opening hours and rules, kinds of
 * items with sizes and counts, reservations for whole days or walk-ins, pick-up and
 * return by staff, reminders the day before the return day, the overdue list, and lost or
 * broken items taking stock down. Stock is never promised more often on any day than it
 * exists: the booking core's daily stock. Depends on {@code booking},
 * {@code organisations}, {@code accounts}, {@code municipalities}, {@code notifications},
 * {@code resources} (its items answer searches and suggestions) and {@code shared}.
 */
package no.hverdag.equipment;
