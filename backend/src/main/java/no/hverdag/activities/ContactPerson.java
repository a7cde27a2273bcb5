package no.hverdag.activities;

/**
 * Whom to ask about an activity, as the organisation chose to publish it; phone and
 * e-mail may each be absent.
 */
public record ContactPerson(String name, String phone, String email) {
}
