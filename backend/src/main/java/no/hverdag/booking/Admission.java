package no.hverdag.booking;

import java.util.List;

/**
 * What a resource's rules say to a request: admitted, or refused with the field it is
 * about and a message key that pages and problem details put in the user's language.
 */
public sealed interface Admission permits Admission.Admitted, Admission.Refused {

	Admitted ADMITTED = new Admitted();

	static Refused refused(String field, String messageKey) {
		return new Refused(List.of(new Refusal(field, messageKey)));
	}

	default boolean admitted() {
		return this instanceof Admitted;
	}

	/** The request may go ahead (the database still has the last word on conflicts). */
	record Admitted() implements Admission {
	}

	/** The request breaks a rule; nothing is written. */
	record Refused(List<Refusal> reasons) implements Admission {

		public Refused {
			reasons = List.copyOf(reasons);
		}

	}

	/** One reason: the field and a message key. */
	record Refusal(String field, String messageKey) {
	}

}
