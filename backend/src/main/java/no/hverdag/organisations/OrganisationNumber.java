package no.hverdag.organisations;

/**
 * A Norwegian organisation number (Enhetsregisteret): nine digits, the last a MOD11 check
 * digit with weights 3 2 7 6 5 4 3 2. Spaces are allowed when typed and dropped when
 * stored.
 */
public record OrganisationNumber(String value) {

	private static final int[] WEIGHTS = { 3, 2, 7, 6, 5, 4, 3, 2 };

	public OrganisationNumber {
		value = normalise(value);
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid organisation number: " + value);
		}
	}

	public static OrganisationNumber parse(String typed) {
		return new OrganisationNumber(typed);
	}

	public static boolean isValid(String typed) {
		String digits = normalise(typed);
		if (digits == null || !digits.matches("\\d{9}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += WEIGHTS[i] * (digits.charAt(i) - '0');
		}
		int remainder = sum % 11;
		int check = remainder == 0 ? 0 : 11 - remainder;
		return check != 10 && check == digits.charAt(8) - '0';
	}

	private static String normalise(String typed) {
		return typed == null ? null : typed.replaceAll("\\s", "");
	}

}
