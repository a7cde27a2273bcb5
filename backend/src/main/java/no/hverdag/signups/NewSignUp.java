package no.hverdag.signups;

import no.hverdag.shared.security.Actor;

/**
 * What someone asks for, as typed: the date as yyyy-MM-dd, a first name, a phone number
 * or e-mail address; the language they read (messages are written in it); the signed-in
 * person, if any, who will see the sign-up among their own.
 */
public record NewSignUp(String activityId, String date, String firstName, String contact, String language,
		Actor owner) {

}
