package no.hverdag.translation;

import java.util.List;

import no.hverdag.translation.internal.Translator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A translator without a server URL is still a bean (decided at start, not by a bean
 * condition that Spring AOT would fix at build time): machine translation is then off and
 * never asks it.
 */
class TranslationSwitchTest {

	@Test
	@DisplayName("with only a switched-off translator, machine translation is off and asks nobody")
	void switchedOff() {
		Translator off = new Translator() {

			@Override
			public boolean enabled() {
				return false;
			}

			@Override
			public String name() {
				return "off";
			}

			@Override
			public Mono<String> translate(String text, String from, String to) {
				throw new AssertionError("a switched-off translator was asked");
			}

		};
		MachineTranslation translation = new MachineTranslation(List.of(off), null);
		assertThat(translation.enabled()).isFalse();
		StepVerifier.create(translation.translate("Hei", "nb", "en")).verifyComplete();
		StepVerifier.create(translation.kept("Hei", "nb", "en")).verifyComplete();
	}

}
