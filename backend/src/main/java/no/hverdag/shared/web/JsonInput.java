package no.hverdag.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * How the API reads request bodies: a {@code null} inside a list or map
 * ({@code "topics": [null]}) is refused while reading, so the answer is 400 naming the
 * field instead of a failure deep in a use case. Only the server's reader: what the
 * application itself reads (seed files, other services) keeps Jackson's defaults. Runs
 * after Boot's codec set-up, from the same mapper.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.LOWEST_PRECEDENCE)
class JsonInput implements WebFluxConfigurer {

	private final JsonMapper json;

	JsonInput(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
		configurer.defaultCodecs()
			.jacksonJsonDecoder(new JacksonJsonDecoder(
					this.json.rebuild().changeDefaultNullHandling(value -> value.withContentNulls(Nulls.FAIL))));
	}

}
