package no.hverdag.shared.mongo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.TypeAlias;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping context learns each document class on first use
 * ({@link MappingOnFirstUse}), which reads stored documents back only while their type
 * hint is a class name.
 */
class MappingOnFirstUseTest {

	@Test
	@DisplayName("no stored class has a type alias, which could not be read before its class is first used")
	void noTypeAliases() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("no.hverdag");
		EvaluationResult result = noClasses().should()
			.beAnnotatedWith(TypeAlias.class)
			.because("the mapping context learns document classes on first use (MappingOnFirstUse)")
			.evaluate(main);
		assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
	}

}
