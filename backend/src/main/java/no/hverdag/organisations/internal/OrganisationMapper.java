package no.hverdag.organisations.internal;

import no.hverdag.organisations.Decision;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.OrganisationNumber;
import no.hverdag.shared.mapping.HverdagMapperConfig;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = HverdagMapperConfig.class)
public interface OrganisationMapper {

	@Mapping(target = "contact.name", source = "contactName")
	@Mapping(target = "contact.email", source = "contactEmail")
	@Mapping(target = "contact.phone", source = "contactPhone")
	@Mapping(target = "decision", expression = "java(decision(document))")
	Organisation toDomain(OrganisationDocument document);

	@Mapping(target = "organisationNumber", source = "organisationNumber.value")
	@Mapping(target = "contactName", source = "contact.name")
	@Mapping(target = "contactEmail", source = "contact.email")
	@Mapping(target = "contactPhone", source = "contact.phone")
	@Mapping(target = "decisionReason", source = "decision.reason")
	OrganisationApi.OrganisationResponse toResponse(Organisation organisation);

	default OrganisationNumber organisationNumber(String value) {
		return value == null ? null : OrganisationNumber.parse(value);
	}

	default Decision decision(OrganisationDocument document) {
		return document.decidedAt() == null ? null : new Decision(document.decidedByIssuer(),
				document.decidedBySubject(), document.decidedAt(), document.decisionReason());
	}

}
