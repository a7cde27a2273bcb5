package no.hverdag.organisations.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.hverdag.organisations.Contact;
import no.hverdag.organisations.OrganisationNumber;
import no.hverdag.organisations.RegisterOrganisation;

/** The registration form, for pages and the API alike. */
record OrganisationForm(@NotBlank @Size(max = 120) String name,
		@NotBlank @ValidOrganisationNumber String organisationNumber,
		@NotBlank @Pattern(regexp = "\\d{4}") String municipality, @NotBlank @Size(max = 120) String contactName,
		@NotBlank @Email @Size(max = 200) String contactEmail,
		@Pattern(regexp = "^$|^\\+?[0-9 ]{8,16}$") String contactPhone,
		@NotBlank @Size(max = 4000) String description) {

	static OrganisationForm empty() {
		return new OrganisationForm("", "", "", "", "", "", "");
	}

	RegisterOrganisation toRegistration() {
		return new RegisterOrganisation(this.name.strip(), OrganisationNumber.parse(this.organisationNumber),
				this.municipality,
				new Contact(this.contactName.strip(), this.contactEmail.strip(),
						this.contactPhone == null || this.contactPhone.isBlank() ? null : this.contactPhone.strip()),
				this.description.strip());
	}

}
