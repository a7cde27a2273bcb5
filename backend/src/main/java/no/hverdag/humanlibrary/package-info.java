/**
 * The human library ("Lån en bodøværing"): libraries, the local people who offer an hour
 * of their time there on topics they know, the slots they offer, and bookings of those
 * slots by first name and a phone number or e-mail. A slot's capacity is held by one
 * conditional update, never by a read followed by a write. Volunteers offer themselves
 * and the library's staff approve them and set their sessions; bookings get a link, a
 * reminder, a check-in, and count missed sessions; one person never holds overlapping
 * slots (the booking core's {@code PersonalTime}: quarter-hour claims with unique ids).
 * Staff edit a session; booked people move with it and are told (issue 12). Depends on
 * {@code accounts}, {@code booking}, {@code municipalities}, {@code notifications},
 * {@code audit} and {@code shared}.
 */
package no.hverdag.humanlibrary;
