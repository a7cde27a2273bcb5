package no.hverdag.accounts;

/**
 * The platform's roles. Each but {@link #PLATFORM_ADMIN} is scoped: to an organisation, a
 * municipality or a library.
 */
public enum Role {

	ORGANISATION_MEMBER, COORDINATOR, LIBRARY_STAFF, PLATFORM_ADMIN

}
