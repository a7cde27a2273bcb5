package no.hverdag.translation.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LibreTranslate adapter against recorded exchanges served by a local HTTP server:
 * this machine has no translation server, and a test must not depend on one anyway.
 */
class LibreTranslateTest {

	private final RecordedLibreTranslate server = new RecordedLibreTranslate();

	@AfterEach
	void stop() {
		this.server.close();
	}

	private LibreTranslate adapter(String apiKey) {
		return new LibreTranslate(WebClient.builder(), this.server.url(), apiKey);
	}

	@Test
	@DisplayName("a text is sent as plain text with its language pair and the API key, and the translation comes back")
	void translates() {
		StepVerifier.create(adapter("secret-key").translate("Språkkafé med påmelding", "nb", "ar"))
			.expectNext("مقهى اللغة مع التسجيل")
			.verifyComplete();
		assertThat(this.server.received()).singleElement()
			.satisfies(body -> assertThat(body).containsEntry("q", "Språkkafé med påmelding")
				.containsEntry("source", "nb")
				.containsEntry("target", "ar")
				.containsEntry("format", "text")
				.containsEntry("api_key", "secret-key"));
	}

	@Test
	@DisplayName("without a key none is sent; nynorsk is asked as LibreTranslate's Norwegian")
	void norwegianAndNoKey() {
		StepVerifier.create(adapter("").translate("Språkkafé med påmelding", "nn", "en"))
			.expectNext("Language café with registration")
			.verifyComplete();
		assertThat(this.server.received()).singleElement()
			.satisfies(body -> assertThat(body).containsEntry("source", "nb").doesNotContainKey("api_key"));
	}

	@Test
	@DisplayName("a language pair the server refuses (400) gives no translation and is not asked for again")
	void refusedPairRests() {
		LibreTranslate adapter = adapter("");
		StepVerifier.create(adapter.translate("Språkkafé med påmelding", "nb", "ti")).verifyComplete();
		StepVerifier.create(adapter.translate("Noe annet", "nb", "ti")).verifyComplete();
		assertThat(this.server.received()).hasSize(1);
	}

	@Test
	@DisplayName("a failing server (500) is an error for the caller to fall back from")
	void serverError() {
		StepVerifier.create(adapter("").translate("Strikkekafé", "nb", "uk"))
			.expectError(WebClientResponseException.InternalServerError.class)
			.verify();
	}

	@Test
	@DisplayName("without a server URL the translator is a bean that is switched off; with one, on")
	void offWithoutUrl() {
		assertThat(new LibreTranslate(WebClient.builder(), "", "").enabled()).isFalse();
		assertThat(adapter("").enabled()).isTrue();
	}

}
