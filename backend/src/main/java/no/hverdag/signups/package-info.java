/**
 * Signing up for one occurrence of an activity that asks for it, with a waiting list:
 * places per occurrence held by conditional single-document updates (no transactions),
 * the next person on the waiting list promoted when a place frees, messages through the
 * notifications outbox (confirmation with a cancel link, promotion, a reminder the day
 * before), the organisation's sign-up list, and iCalendar feeds of activities and of a
 * person's sign-ups. Depends on {@code activities}, {@code organisations},
 * {@code notifications} and {@code shared}.
 */
package no.hverdag.signups;
