package no.hverdag.organisations;

/** What someone fills in to register their organisation. */
public record RegisterOrganisation(String name, OrganisationNumber organisationNumber, String municipality,
		Contact contact, String description) {
}
