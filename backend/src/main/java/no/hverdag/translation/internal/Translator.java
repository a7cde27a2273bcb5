package no.hverdag.translation.internal;

import reactor.core.publisher.Mono;

/**
 * The port to a machine-translation service. Languages are ISO 639-1 codes as the
 * platform uses them (bokmål {@code nb}); an adapter maps them to its server's codes.
 */
public interface Translator {

	/**
	 * Whether this translator is configured; one that is not is never asked (decided at
	 * start from its settings).
	 */
	default boolean enabled() {
		return true;
	}

	/** A short name, kept with each translation and shown to readers. */
	String name();

	/** The translation, or an error; empty when the server has nothing to say. */
	Mono<String> translate(String text, String from, String to);

}
