/**
 * Volunteer organisations: registration (→ pending), the coordinator's decision (approve,
 * or reject with a reason), and who is a member. Only approved organisations may publish.
 * Depends on {@code municipalities}, {@code accounts} and {@code shared}.
 */
package no.hverdag.organisations;
