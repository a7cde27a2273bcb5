package no.hverdag.municipalities.internal;

import no.hverdag.municipalities.Municipality;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.ScopeNames;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** A coordinator's scope is a municipality number: named as the municipality. */
@Component
class MunicipalityScopeNames implements ScopeNames {

	private final MunicipalityDirectory directory;

	MunicipalityScopeNames(MunicipalityDirectory directory) {
		this.directory = directory;
	}

	@Override
	public String role() {
		return "COORDINATOR";
	}

	@Override
	public Mono<String> name(String scope) {
		return Mono.justOrEmpty(this.directory.find(scope).map(Municipality::name));
	}

}
