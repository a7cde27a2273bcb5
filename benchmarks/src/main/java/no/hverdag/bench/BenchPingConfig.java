package no.hverdag.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The trivial endpoint the search API is compared with: {@code GET /bench/ping}, through
 * the same server, filters and a security chain of its own (public). Exists only in the
 * benchmark's classpath, never in the application.
 */
@Configuration(proxyBeanMethods = false)
class BenchPingConfig {

	@Bean
	RouterFunction<ServerResponse> benchPing() {
		return RouterFunctions.route()
			.GET("/bench/ping", request -> ServerResponse.ok().bodyValue("{\"pong\":true}"))
			.build();
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain benchChain(ServerHttpSecurity http) {
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/bench/**"))
			.authorizeExchange(exchange -> exchange.anyExchange().permitAll())
			.build();
	}

}
