package no.hverdag.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach someone: a phone number or an e-mail address, nothing more. Phone numbers
 * are kept with their digits and an optional leading plus; e-mail addresses in lower
 * case, so the same address always names the same person when it is used to sign in.
 */
public record ContactPoint(String value) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{8,15}$");

	public static Optional<ContactPoint> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String trimmed = typed.strip();
		if (EMAIL.matcher(trimmed).matches() && trimmed.length() <= 200) {
			return Optional.of(new ContactPoint(trimmed.toLowerCase(java.util.Locale.ROOT)));
		}
		String phone = trimmed.replaceAll("[\\s-]", "");
		return PHONE.matcher(phone).matches() ? Optional.of(new ContactPoint(phone)) : Optional.empty();
	}

	public boolean isEmail() {
		return this.value.contains("@");
	}

}
