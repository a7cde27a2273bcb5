package no.hverdag.shared.web;

import no.hverdag.shared.web.PathFirstHandlerMapping.PathFirst;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.web.reactive.result.method.RequestMappingInfo;

import static org.assertj.core.api.Assertions.assertThat;

class PathFirstHandlerMappingTest {

	@Test
	@DisplayName("a pattern's literal part ends at the separator before its first variable or wildcard")
	void literalPrefixes() {
		assertThat(PathFirst.literalPrefixes(RequestMappingInfo.paths("/api/v1/slots/{slotId}/bookings").build()))
			.containsExactly("/api/v1/slots");
		assertThat(PathFirst.literalPrefixes(RequestMappingInfo.paths("/api/**").build())).containsExactly("/api");
		assertThat(PathFirst.literalPrefixes(RequestMappingInfo.paths("/files/{*rest}").build()))
			.containsExactly("/files");
		assertThat(PathFirst.literalPrefixes(RequestMappingInfo.paths("/{lang}/x").build())).containsExactly("");
		assertThat(PathFirst.literalPrefixes(RequestMappingInfo.paths("/a/b", "/c/d?").build()))
			.containsExactlyInAnyOrder("/a/b", "/c");
	}

	@Test
	@DisplayName("a percent-encoded path or one with matrix variables is left to the full check")
	void plainPaths() {
		assertThat(PathFirst.plain("/api/v1/slots/p@2026-12-03T14:00/bookings")).isTrue();
		assertThat(PathFirst.plain("/s%C3%B8k")).isFalse();
		assertThat(PathFirst.plain("/api;jsessionid=1/v1")).isFalse();
	}

}
