package no.hverdag;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * No bean of ours exists or not by a setting. Spring AOT (the Docker image's start)
 * evaluates every condition once, at build time, with the build's configuration; the
 * image is generic and each municipality configures it at run time, so a bean that a
 * setting switches on or off would be wrong there. Decide from the setting when the
 * application starts instead (the bean always exists and does nothing, or picks its way),
 * see ADR 0026 and docs/architecture.md, "Run-time decisions, not build-time conditions".
 */
class RunTimeDecisionsTest {

	private static final String WHY = "Spring AOT fixes bean conditions at build time, but the image is configured "
			+ "at run time: let the bean always exist and decide from its settings when the application starts "
			+ "(ADR 0026, docs/architecture.md)";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("no.hverdag");

	@Test
	@DisplayName("no class of ours is a bean only under a property, an expression or a condition of its own")
	void noConditionalClasses() {
		rule(noClasses().should()
			.beAnnotatedWith(ConditionalOnProperty.class)
			.orShould()
			.beAnnotatedWith(ConditionalOnBooleanProperty.class)
			.orShould()
			.beAnnotatedWith(ConditionalOnExpression.class)
			.orShould()
			.beAnnotatedWith(Conditional.class)).check(MAIN);
	}

	@Test
	@DisplayName("no bean method of ours is either")
	void noConditionalBeanMethods() {
		rule(noMethods().should()
			.beAnnotatedWith(ConditionalOnProperty.class)
			.orShould()
			.beAnnotatedWith(ConditionalOnBooleanProperty.class)
			.orShould()
			.beAnnotatedWith(ConditionalOnExpression.class)
			.orShould()
			.beAnnotatedWith(Conditional.class)).check(MAIN);
	}

	private static ArchRule rule(ArchRule rule) {
		return rule.because(WHY);
	}

}
