/**
 * What every feature module shares and nothing feature-specific: the error vocabulary,
 * problem details and error pages, locale resolution, the security chain, the embedded
 * MongoDB default, the MapStruct configuration and the clock. Depends on no feature
 * module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.hverdag.shared;
