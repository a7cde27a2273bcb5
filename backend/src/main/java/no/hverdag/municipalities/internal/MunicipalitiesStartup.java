package no.hverdag.municipalities.internal;

import no.hverdag.municipalities.MunicipalityDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Municipalities are reference data every other module validates against: load them first. */
@Component
@Order(0)
class MunicipalitiesStartup implements ApplicationRunner {

	private final MunicipalityDirectory directory;

	MunicipalitiesStartup(MunicipalityDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Start-up, on the main thread: nothing may validate a municipality before this is done.
		this.directory.load().block();
	}

}
