/**
 * The platform admin's pages and API (issue 12): who holds which role, granting and
 * revoking coordinators and library staff, adding libraries. Only pages and API; the
 * rules live in {@code accounts} (who may grant) and {@code humanlibrary} (a library).
 * Depends on {@code accounts}, {@code humanlibrary}, {@code municipalities} and
 * {@code shared}.
 */
package no.hverdag.admin;
