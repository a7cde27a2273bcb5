package no.hverdag;

import java.lang.annotation.Annotation;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import com.tngtech.archunit.lang.syntax.elements.MethodsShouldConjunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

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

	/** What Spring AOT would fix at build time. */
	private static final List<Class<? extends Annotation>> DECIDED_BY_SETTINGS = List.of(ConditionalOnProperty.class,
			ConditionalOnBooleanProperty.class, ConditionalOnExpression.class, Conditional.class);

	@Test
	@DisplayName("no class of ours is a bean only under a property, an expression or a condition of its own")
	void noConditionalClasses() {
		ClassesShouldConjunction rule = noClasses().should().beAnnotatedWith(DECIDED_BY_SETTINGS.get(0));
		for (Class<? extends Annotation> annotation : DECIDED_BY_SETTINGS.subList(1, DECIDED_BY_SETTINGS.size())) {
			rule = rule.orShould().beAnnotatedWith(annotation);
		}
		assertNoViolation(rule);
	}

	@Test
	@DisplayName("no bean method of ours is either")
	void noConditionalBeanMethods() {
		MethodsShouldConjunction rule = noMethods().should().beAnnotatedWith(DECIDED_BY_SETTINGS.get(0));
		for (Class<? extends Annotation> annotation : DECIDED_BY_SETTINGS.subList(1, DECIDED_BY_SETTINGS.size())) {
			rule = rule.orShould().beAnnotatedWith(annotation);
		}
		assertNoViolation(rule);
	}

	private static void assertNoViolation(ArchRule rule) {
		EvaluationResult result = rule.because(WHY).evaluate(MAIN);
		assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
	}

}
