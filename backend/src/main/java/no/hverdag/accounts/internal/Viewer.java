package no.hverdag.accounts.internal;

/** What the page layout needs to know about the signed-in person to show their way in. */
public record Viewer(String displayName, boolean coordinator, boolean organisationMember, boolean libraryStaff,
		boolean platformAdmin) {
}
