package no.hverdag.shared;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Names a role's scope for people: a coordinator's municipality number, a library staff
 * member's library id, a member's organisation id become "Bodø", "Stormen bibliotek",
 * "Bodø Frivilligsentral". The module that owns the scope implements it, so pages that
 * show roles (my data, the audit log, the admin pages) never show raw ids and know no
 * other module's store.
 */
public interface ScopeNames {

	/** The role (an {@code accounts.Role} name) whose scopes this names. */
	String role();

	/** The scope's name; empty when there is none by that id any more. */
	Mono<String> name(String scope);

	/**
	 * The name from whichever of {@code all} names that role; the scope itself if none.
	 */
	static Mono<String> of(List<ScopeNames> all, String role, String scope) {
		return all.stream()
			.filter(names -> names.role().equals(role))
			.findFirst()
			.map(names -> names.name(scope).onErrorResume(error -> Mono.empty()))
			.orElse(Mono.empty())
			.defaultIfEmpty(scope == null ? "" : scope);
	}

}
