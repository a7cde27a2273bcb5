package no.hverdag.municipalities.internal;

import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Municipalities are reference data every other module validates against: load them
 * first.
 */
@Component
class MunicipalitiesStartup extends StartupStep {

	private final MunicipalityDirectory directory;

	MunicipalitiesStartup(MunicipalityDirectory directory) {
		this.directory = directory;
	}

	@Override
	protected Mono<?> run() {
		return this.directory.load();
	}

	@Override
	public int getPhase() {
		return REFERENCE_DATA;
	}

}
