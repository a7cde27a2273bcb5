package no.hverdag;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature modules talk to each other only through their base packages, and never in a
 * cycle.
 */
class ModuleBoundariesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(HverdagApplication.class);

	@Test
	@DisplayName("no module reaches into another module's internals, and there are no cycles")
	void boundariesHold() {
		MODULES.verify();
	}

	@Test
	@DisplayName("the modules are the features the architecture document names")
	void modulesAreTheFeatures() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"accounts", "activities", "admin", "audit", "booking", "buddies", "equipment", "humanlibrary", "kiosk",
				"matching", "media", "moderation", "municipalities", "notifications", "organisations", "resources",
				"seed", "shared", "signups", "statistics", "translation", "venues");
	}

	@Test
	@DisplayName("the module diagrams in target/spring-modulith-docs can be generated")
	void documentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
