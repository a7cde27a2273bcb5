package no.hverdag.organisations.internal;

import java.time.Instant;
import java.util.UUID;

import no.hverdag.accounts.AccessControl;
import no.hverdag.organisations.Contact;
import no.hverdag.organisations.OrganisationNumber;
import no.hverdag.organisations.OrganisationStatus;
import no.hverdag.organisations.RegisterOrganisation;
import no.hverdag.shared.security.Actor;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.OrganisationNumbers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration that died between storing the organisation and granting its first
 * membership (ADR 0007): the recovery makes the registrant a member, once.
 */
@HverdagIntegrationTest
class OrganisationRecoveryTest {

	@Autowired
	OrganisationStore store;

	@Autowired
	OrganisationRecovery recovery;

	@Autowired
	AccessControl accessControl;

	@Test
	@DisplayName("an organisation stored without its registrant's membership gets it from the recovery")
	void registrantBecomesMember() {
		Actor registrant = new Actor(Actors.ISSUER, Actors.newcomerSubject(), null);
		String id = UUID.randomUUID().toString();
		// The crash: the first write only.
		this.store
			.insert(id,
					new RegisterOrganisation("Halvveis forening", OrganisationNumber.parse(OrganisationNumbers.fresh()),
							"0301", new Contact("Kari", "kari@example.no", null), "Registrert rett før et krasj."),
					OrganisationStatus.PENDING, registrant, Instant.parse("2026-11-26T08:00:00Z"))
			.block();
		assertThat(this.accessControl.rolesOf(registrant).block().memberOf(id)).isFalse();

		assertThat(this.recovery.recover(Instant.parse("2100-01-01T00:00:00Z")).block()).isPositive();

		assertThat(this.accessControl.rolesOf(registrant).block().memberOf(id)).isTrue();
		assertThat(this.recovery.recover(Instant.parse("2100-01-01T00:00:00Z")).block()).as("a second run").isZero();
	}

}
