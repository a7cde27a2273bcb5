/**
 * What an operations team needs from the running application: readiness that includes the
 * start-up work, and the security of the management port. Metrics and probes themselves
 * come from Spring Boot Actuator (configured in application.yml, described in
 * docs/operations.md).
 */
package no.hverdag.shared.operations;
