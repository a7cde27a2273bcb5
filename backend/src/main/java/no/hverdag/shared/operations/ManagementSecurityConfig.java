package no.hverdag.shared.operations;

import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * The management port (metrics, health details) is protected by where it listens
 * (loopback by default, an internal network in a deployment), not by sign-in: a
 * Prometheus scraper has no session. WebFlux applies the application's web filters on
 * that port too, so without this chain the main chain would send the scraper to the
 * sign-in page. {@link EndpointRequest} matches the management port only when it differs
 * from the server port, so on the public port {@code /actuator/**} stays closed.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfig {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain managementSecurityWebFilterChain(ServerHttpSecurity http) {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeExchange(exchange -> exchange.anyExchange().permitAll())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.build();
	}

}
