package no.hverdag.booking;

import java.util.Objects;

/**
 * Who holds a booking: the signed-in person (issuer and subject, so export and erasure
 * find it), a name to show the owner, and how to reach them. Personal data: erased with
 * the person and anonymised after the retention period ({@link #anonymous()}).
 */
public record Holder(String issuer, String subject, String name, String contact) {

	private static final Holder ANONYMOUS = new Holder("", "", "", "");

	public Holder {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(subject, "subject");
		name = name == null ? "" : name;
		contact = contact == null ? "" : contact;
	}

	public static Holder anonymous() {
		return ANONYMOUS;
	}

	public boolean isAnonymous() {
		return this.subject.isEmpty();
	}

	public boolean is(String otherIssuer, String otherSubject) {
		return this.issuer.equals(otherIssuer) && this.subject.equals(otherSubject);
	}

}
