package no.hverdag.organisations.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.hverdag.organisations.Contact;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.OrganisationDetails;

/**
 * The organisation's details as its members may change them, for pages and the API alike.
 * {@code language}: nb, en or ar, the language of our messages to the members.
 */
record OrganisationDetailsForm(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 120) String contactName,
		@NotBlank @Email @Size(max = 200) String contactEmail,
		@Pattern(regexp = "^$|^\\+?[0-9 ]{8,16}$") String contactPhone, @NotBlank @Size(max = 4000) String description,
		@NotBlank @Pattern(regexp = "nb|en|ar",
				message = "{validation.organisation.language}") String messageLanguage) {

	static OrganisationDetailsForm of(Organisation organisation) {
		return new OrganisationDetailsForm(organisation.name(), organisation.contact().name(),
				organisation.contact().email(), organisation.contact().phone(), organisation.description(),
				organisation.language());
	}

	OrganisationDetails.Changes toChanges() {
		return new OrganisationDetails.Changes(this.name.strip(),
				new Contact(this.contactName.strip(), this.contactEmail.strip(),
						this.contactPhone == null || this.contactPhone.isBlank() ? null : this.contactPhone.strip()),
				this.description.strip(), this.messageLanguage);
	}

}
