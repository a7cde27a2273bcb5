package no.hverdag.translation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import no.hverdag.translation.internal.TranslationCache;
import no.hverdag.translation.internal.Translator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Translates a text by machine, at most once per text version and language pair. A reader
 * never waits long and never sees an error for it: a missing, slow or failing server, or
 * a language pair it does not have, gives no translation, and the page shows the
 * original.
 */
@Service
public class MachineTranslation {

	private static final Logger log = LoggerFactory.getLogger(MachineTranslation.class);

	/** How long a page waits for a translation not yet kept. */
	private static final Duration PATIENCE = Duration.ofSeconds(4);

	private final List<Translator> translators;

	private final TranslationCache cache;

	MachineTranslation(List<Translator> translators, TranslationCache cache) {
		this.translators = translators.stream().filter(Translator::enabled).toList();
		this.cache = cache;
	}

	/** Whether a translation server is configured at all. */
	public boolean enabled() {
		return !this.translators.isEmpty();
	}

	/**
	 * {@code text} in {@code to}, or empty when there is none: no server, the same
	 * language, Norwegian to Norwegian (bokmål and nynorsk readers read both), or the
	 * server failed.
	 */
	public Mono<Translated> translate(String text, String from, String to) {
		if (!worthTranslating(text, from, to) || !enabled()) {
			return Mono.empty();
		}
		Translator translator = this.translators.get(0);
		return this.cache.find(translator.name(), from, to, text)
			.switchIfEmpty(Mono.defer(() -> translator.translate(text, from, to)
				.filter(translated -> !translated.isBlank())
				.flatMap(translated -> this.cache.keep(translator.name(), from, to, text, translated))
				.timeout(PATIENCE)
				.onErrorResume(error -> {
					log.debug("No machine translation {} -> {}: {}", from, to, error.toString());
					return Mono.empty();
				})))
			.map(translated -> new Translated(translated, from, to, translator.name()));
	}

	/**
	 * Only what is already kept: for lists, where asking a server per item would be slow.
	 */
	public Mono<Translated> kept(String text, String from, String to) {
		if (!worthTranslating(text, from, to) || !enabled()) {
			return Mono.empty();
		}
		Translator translator = this.translators.get(0);
		return this.cache.find(translator.name(), from, to, text)
			.map(translated -> new Translated(translated, from, to, translator.name()));
	}

	static boolean worthTranslating(String text, String from, String to) {
		if (text == null || text.isBlank() || from == null || to == null || Objects.equals(from, to)) {
			return false;
		}
		return !(norwegian(from) && norwegian(to));
	}

	private static boolean norwegian(String language) {
		return "nb".equals(language) || "nn".equals(language) || "no".equals(language);
	}

	/**
	 * A text translated by a machine.
	 *
	 * @param text the translation
	 * @param from the original's language
	 * @param to the translation's language
	 * @param engine which translator made it, as shown to readers
	 */
	public record Translated(String text, String from, String to, String engine) {
	}

}
