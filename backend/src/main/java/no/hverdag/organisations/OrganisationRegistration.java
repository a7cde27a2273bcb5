package no.hverdag.organisations;

import java.time.Clock;
import java.util.UUID;

import no.hverdag.accounts.AccessControl;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.internal.OrganisationStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Registering an organisation: it starts pending, in a municipality that exists, with a
 * number no other organisation has, and the person registering becomes its first member.
 */
@Service
public class OrganisationRegistration {

	private final OrganisationStore store;

	private final MunicipalityDirectory municipalities;

	private final AccessControl accessControl;

	private final Clock clock;

	OrganisationRegistration(OrganisationStore store, MunicipalityDirectory municipalities, AccessControl accessControl,
			Clock clock) {
		this.store = store;
		this.municipalities = municipalities;
		this.accessControl = accessControl;
		this.clock = clock;
	}

	/**
	 * Two writes: the organisation (carrying its registrant and {@code memberPending},
	 * the intent), then the membership. A crash in between is finished by
	 * {@code OrganisationRecovery}; granting twice changes nothing.
	 */
	public Mono<Organisation> register(Actor registrant, RegisterOrganisation registration) {
		return insert(UUID.randomUUID().toString(), registration, OrganisationStatus.PENDING, registrant)
			.flatMap(organisation -> this.accessControl.grantMembership(registrant, organisation.id())
				.then(this.store.memberGranted(organisation.id()))
				.thenReturn(organisation));
	}

	/** For demo and migration data: an organisation in a given state with a stable id. */
	public Mono<Organisation> importOrganisation(String id, RegisterOrganisation registration,
			OrganisationStatus status) {
		return this.store.find(id).switchIfEmpty(insert(id, registration, status, null));
	}

	private Mono<Organisation> insert(String id, RegisterOrganisation registration, OrganisationStatus status,
			Actor registrant) {
		if (!this.municipalities.exists(registration.municipality())) {
			return Mono.error(new HverdagException.InvalidInput("municipality", "validation.municipality.unknown"));
		}
		return this.store.insert(id, registration, status, registrant, this.clock.instant())
			.onErrorMap(DuplicateKeyException.class, e -> new HverdagException.InvalidInput("organisationNumber",
					"validation.organisationNumber.taken"));
	}

}
