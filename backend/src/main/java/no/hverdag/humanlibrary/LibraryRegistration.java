package no.hverdag.humanlibrary;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.hverdag.accounts.AccessControl;
import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.municipalities.PlaceSearch;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A platform admin adds a library (issue 12): its name, municipality and address; where
 * it is comes from the place search (the address register when configured, else the
 * municipality's point), never from typed coordinates.
 */
@Service
public class LibraryRegistration {

	/** The longest name or address accepted. */
	public static final int MAX_TEXT = 120;

	private final HumanLibraryStore store;

	private final AccessControl accessControl;

	private final MunicipalityDirectory municipalities;

	private final PlaceSearch places;

	private final AuditLog audit;

	LibraryRegistration(HumanLibraryStore store, AccessControl accessControl, MunicipalityDirectory municipalities,
			PlaceSearch places, AuditLog audit) {
		this.store = store;
		this.accessControl = accessControl;
		this.municipalities = municipalities;
		this.places = places;
		this.audit = audit;
	}

	/** What the admin typed; checked field by field before anything is written. */
	public record NewLibrary(String name, String municipality, String address) {
	}

	public Mono<Library> add(Actor admin, NewLibrary library) {
		return this.accessControl.requireAdmin(admin).then(Mono.defer(() -> {
			List<HverdagException.FieldProblem> problems = problems(library);
			if (!problems.isEmpty()) {
				return Mono.error(new HverdagException.InvalidInput(problems));
			}
			String name = library.name().strip();
			String address = library.address().strip();
			return this.places.locate(address, library.municipality())
				.flatMap(position -> this.store.saveLibrary(new Library("library-" + UUID.randomUUID(), name,
						library.municipality(), address, position.lat(), position.lon())))
				.flatMap(saved -> this.audit
					.record(admin, AuditAction.LIBRARY_ADDED, saved.municipality(), saved.name(), saved.address())
					.thenReturn(saved));
		}));
	}

	private List<HverdagException.FieldProblem> problems(NewLibrary library) {
		List<HverdagException.FieldProblem> problems = new ArrayList<>();
		if (blankOrLong(library.name())) {
			problems.add(new HverdagException.FieldProblem("name", "validation.library.name"));
		}
		if (library.municipality() == null || !this.municipalities.exists(library.municipality())) {
			problems.add(new HverdagException.FieldProblem("municipality", "validation.municipality.unknown"));
		}
		if (blankOrLong(library.address())) {
			problems.add(new HverdagException.FieldProblem("address", "validation.library.address"));
		}
		return problems;
	}

	private static boolean blankOrLong(String text) {
		return text == null || text.isBlank() || text.strip().length() > MAX_TEXT;
	}

}
