package no.hverdag.shared.web;

import org.springframework.boot.webflux.autoconfigure.WebFluxRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * Finds the controller method for an address with a path variable by its path first.
 * WebFlux looks such an address up by trying every one of the application's few hundred
 * mappings, and checks each one's method, parameters, headers, consumed and produced
 * media types before its path, which most of them then fail on: under the booking rush
 * this was about a tenth of the CPU of an attempt (JFR, docs/performance.md, issue 18).
 * Checking the path first only skips work for mappings whose path does not match, which
 * the full check would have refused anyway; the chosen mapping is the same.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstHandlerMapping {

	@Bean
	WebFluxRegistrations pathFirstRequestMappings() {
		return new WebFluxRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PathFirst();
			}

		};
	}

	static final class PathFirst extends RequestMappingHandlerMapping {

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, ServerWebExchange exchange) {
			if (info.getPatternsCondition().getMatchingCondition(exchange) == null) {
				return null;
			}
			return super.getMatchingMapping(info, exchange);
		}

	}

}
