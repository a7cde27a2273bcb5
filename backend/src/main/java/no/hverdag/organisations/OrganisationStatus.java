package no.hverdag.organisations;

/** Where an organisation stands with its municipality's coordinator. */
public enum OrganisationStatus {

	PENDING, APPROVED, REJECTED

}
