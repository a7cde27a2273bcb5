package no.hverdag.organisations;

/** Published after an approval is saved: the organisation may publish from now on. */
public record OrganisationApproved(String organisationId, String municipality) {
}
