package no.hverdag.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * the full check would have refused anyway; the chosen mapping is the same. Cheapest of
 * all, a path that does not start with the literal part of any of a mapping's patterns
 * (up to the last separator before its first variable or wildcard) cannot match it:
 * PathPattern compares literal parts exactly, case-sensitively, with the decoded path,
 * which is the raw path when it holds no percent-encoding and no matrix variables
 * (otherwise the full check decides).
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

		/**
		 * Each mapping's patterns up to the last separator before their first variable or
		 * wildcard ({@code /api/**} and {@code /files/{*rest}} also match {@code /api}
		 * and {@code /files}), or whole when they have none.
		 */
		private final Map<RequestMappingInfo, String[]> literalPrefixes = new ConcurrentHashMap<>();

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, ServerWebExchange exchange) {
			String path = exchange.getRequest().getPath().pathWithinApplication().value();
			if (plain(path)
					&& !startsWithAny(path, this.literalPrefixes.computeIfAbsent(info, PathFirst::literalPrefixes))) {
				return null;
			}
			if (info.getPatternsCondition().getMatchingCondition(exchange) == null) {
				return null;
			}
			return super.getMatchingMapping(info, exchange);
		}

		/**
		 * A path without percent-encoding or matrix variables, whose text is what the
		 * patterns' literal parts are compared with; any other path skips the shortcut.
		 */
		static boolean plain(String path) {
			return path.indexOf('%') < 0 && path.indexOf(';') < 0;
		}

		private static boolean startsWithAny(String path, String[] prefixes) {
			for (String prefix : prefixes) {
				if (path.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}

		static String[] literalPrefixes(RequestMappingInfo info) {
			return info.getPatternsCondition().getPatterns().stream().map(pattern -> {
				String text = pattern.getPatternString();
				int end = text.length();
				for (char wildcard : new char[] { '{', '*', '?' }) {
					int at = text.indexOf(wildcard);
					if (at >= 0) {
						end = Math.min(end, at);
					}
				}
				return end == text.length() ? text : text.substring(0, Math.max(0, text.lastIndexOf('/', end)));
			}).toArray(String[]::new);
		}

	}

}
