/**
 * The human library ("Lån en bodøværing"): libraries, the local people who offer an hour
 * of their time there on topics they know, the slots they offer, and bookings of those
 * slots by first name and a phone number or e-mail. A slot's capacity is held by one
 * conditional update, never by a read followed by a write. Depends on {@code accounts},
 * {@code municipalities} and {@code shared}.
 */
package no.hverdag.humanlibrary;
