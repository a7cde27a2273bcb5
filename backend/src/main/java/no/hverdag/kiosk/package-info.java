/**
 * The booking kiosk: a touch screen in a library. Choose the library once, then the
 * screen lists today's free slots with people to borrow and books one with a first name
 * and a phone number or e-mail, showing the booking's link as a QR code; people who
 * booked say "I'm here" with their reference. Depends on {@code humanlibrary} and
 * {@code shared}.
 */
package no.hverdag.kiosk;
