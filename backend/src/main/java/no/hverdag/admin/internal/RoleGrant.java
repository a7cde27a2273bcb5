package no.hverdag.admin.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import no.hverdag.accounts.Role;

/**
 * A role to grant, as the admin's form and the API send it: who (their name and the
 * identity their provider gives them), which role, for which municipality or library.
 */
public record RoleGrant(String personName, String issuer, String subject, String role, String scope) {

	static final int MAX_NAME = 120;

	static final int MAX_ID = 300;

	/** Only these two are granted here; members come from registering organisations. */
	Role grantable() {
		return "COORDINATOR".equals(this.role) ? Role.COORDINATOR
				: "LIBRARY_STAFF".equals(this.role) ? Role.LIBRARY_STAFF : null;
	}

	/**
	 * Field → message key for what is missing or too long; the scope is checked later.
	 */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blankOrLonger(this.personName, MAX_NAME)) {
			problems.put("personName", "validation.admin.personName");
		}
		if (blankOrLonger(this.issuer, MAX_ID)) {
			problems.put("issuer", "validation.admin.issuer");
		}
		if (blankOrLonger(this.subject, MAX_ID)) {
			problems.put("subject", "validation.admin.subject");
		}
		if (grantable() == null) {
			problems.put("role", "validation.admin.role");
		}
		return problems;
	}

	static boolean blankOrLonger(String text, int max) {
		return text == null || text.isBlank() || text.strip().length() > max;
	}

	String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
