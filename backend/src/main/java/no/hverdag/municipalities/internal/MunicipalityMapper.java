package no.hverdag.municipalities.internal;

import no.hverdag.municipalities.Municipality;
import no.hverdag.shared.mapping.HverdagMapperConfig;

import org.mapstruct.Mapper;

@Mapper(config = HverdagMapperConfig.class)
interface MunicipalityMapper {

	Municipality toDomain(MunicipalityDocument document);

	MunicipalityDocument toDocument(Municipality municipality);

	MunicipalityApi.MunicipalityResponse toResponse(Municipality municipality);

}
