/**
 * Who may do what on the platform. Identity providers say who someone is (issuer +
 * subject); this module keeps the platform's own role assignments for them: member of an
 * organisation, coordinator of a municipality, staff of a library, platform admin (from
 * configuration). Depends only on {@code shared}.
 */
package no.hverdag.accounts;
