/**
 * Volunteer organisations: registration (→ pending), the coordinator's decision (approve,
 * or reject with a reason), and who is a member. Only approved organisations may publish.
 * The contact person is told of the decision. Depends on {@code municipalities},
 * {@code accounts}, {@code audit}, {@code notifications} and {@code shared}.
 */
package no.hverdag.organisations;
