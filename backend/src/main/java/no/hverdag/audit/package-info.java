/**
 * The audit log: who did which privileged thing (approved, rejected, granted a role,
 * revoked a kiosk), when, and in which municipality. The application only ever appends to
 * it; reading is for the coordinators of that municipality and platform admins (see
 * {@code moderation}). Depends only on {@code shared}.
 */
package no.hverdag.audit;
