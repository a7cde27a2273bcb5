package no.hverdag.shared.security;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthenticatedReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The route table ({@link RoutePolicy}) as one authorization decision: the infrastructure
 * paths for anyone, then the first route whose method and pattern match decides, then
 * "signed in" for everything else: the same order, patterns, parser and decisions as
 * registering each route with {@code authorizeExchange().pathMatchers(...)}, found by a
 * plain loop. Registered one by one, every route was an
 * {@code OrServerWebExchangeMatcher} around one path matcher, tried in a reactive
 * {@code concatMap}, and each built its "Trying to match using ..." debug message for
 * every request even with debug off (commons-logging's SLF4J bridge formats before the
 * level check): about 80 of them before the booking route on every booking attempt
 * (docs/performance.md, "Booking, session 7").
 */
final class RouteAccess implements ReactiveAuthorizationManager<AuthorizationContext> {

	private static final ReactiveAuthorizationManager<AuthorizationContext> ANYONE = (authentication, context) -> Mono
		.just(new AuthorizationDecision(true));

	private static final ReactiveAuthorizationManager<AuthorizationContext> SIGNED_IN = AuthenticatedReactiveAuthorizationManager
		.authenticated();

	private final List<Rule> rules = new ArrayList<>();

	/**
	 * @param parser the parser Spring Security's own path matchers would use (the one of
	 * the {@code requestMappingHandlerMapping} bean, else the default)
	 */
	RouteAccess(PathPatternParser parser) {
		for (String pattern : RoutePolicy.INFRASTRUCTURE) {
			this.rules.add(new Rule(null, parse(parser, pattern), ANYONE));
		}
		for (RoutePolicy route : RoutePolicy.ROUTES) {
			ReactiveAuthorizationManager<AuthorizationContext> access = switch (route.access()) {
				case PUBLIC -> ANYONE;
				case KIOSK -> BearerScopes.kioskOnly();
				case SIGNED_IN -> BearerScopes.signedInWith(route.scope());
			};
			PathPattern pattern = parse(parser, route.matcherPattern());
			this.rules.add(new Rule(route.method(), pattern, access));
			if (route.method() == HttpMethod.GET) {
				// HEAD is a GET without the body (WebFlux answers it with the GET
				// handler): link checkers and uptime monitors get what GET would.
				this.rules.add(new Rule(HttpMethod.HEAD, pattern, access));
			}
		}
	}

	private static PathPattern parse(PathPatternParser parser, String pattern) {
		return parser.parse(parser.initFullPathPattern(pattern));
	}

	@Override
	public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
		ServerHttpRequest request = context.getExchange().getRequest();
		PathContainer path = request.getPath().pathWithinApplication();
		for (Rule rule : this.rules) {
			if ((rule.method() == null || rule.method().equals(request.getMethod())) && rule.pattern().matches(path)) {
				return rule.access().authorize(authentication, context);
			}
		}
		return SIGNED_IN.authorize(authentication, context);
	}

	private record Rule(HttpMethod method, PathPattern pattern,
			ReactiveAuthorizationManager<AuthorizationContext> access) {
	}

}
