package no.hverdag.humanlibrary;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Setting libraries up: their staff (granted by an admin or the municipality's
 * coordinator) and people to borrow.
 */
@Service
public class LibraryAdministration {

	private final HumanLibraryStore store;

	private final Libraries libraries;

	private final AccessControl accessControl;

	private final MunicipalityDirectory municipalities;

	private final SlotPlanner planner;

	LibraryAdministration(HumanLibraryStore store, Libraries libraries, AccessControl accessControl,
			MunicipalityDirectory municipalities, SlotPlanner planner) {
		this.store = store;
		this.libraries = libraries;
		this.accessControl = accessControl;
		this.municipalities = municipalities;
		this.planner = planner;
	}

	public Mono<Void> grantStaff(Actor granter, String libraryId, String issuer, String subject) {
		return this.libraries.find(libraryId)
			.flatMap(library -> this.accessControl.grant(granter,
					new RoleAssignment(issuer, subject, Role.LIBRARY_STAFF, libraryId), library.municipality()));
	}

	/** For demo and migration data. */
	public Mono<Library> importLibrary(Library library) {
		if (!this.municipalities.exists(library.municipality())) {
			return Mono.error(new HverdagException.InvalidInput("municipality", "validation.municipality.unknown"));
		}
		return this.store.saveLibrary(library);
	}

	/**
	 * For demo and migration data: the person, and their slots for the coming two weeks.
	 */
	public Mono<PersonToBorrow> importPerson(PersonToBorrow person) {
		return this.store.savePerson(person).flatMap(saved -> this.planner.plan(saved).thenReturn(saved));
	}

}
