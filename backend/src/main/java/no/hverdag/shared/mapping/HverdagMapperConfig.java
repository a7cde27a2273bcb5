package no.hverdag.shared.mapping;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * Every mapper uses this: a new field that nobody maps breaks the build instead of
 * vanishing.
 */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface HverdagMapperConfig {

}
