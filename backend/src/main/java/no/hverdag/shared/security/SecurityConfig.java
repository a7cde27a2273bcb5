package no.hverdag.shared.security;

import java.net.URI;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.HttpStatusServerAccessDeniedHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPatternParser;
import no.hverdag.shared.web.LocalizedProblems;
import no.hverdag.shared.web.PublicUrl;

/**
 * Who may reach which route at all. Public: searching and reading activities,
 * municipalities, libraries and their free slots, the kiosk and booking a slot.
 * Everything else needs a signed-in actor; what that actor may do there (their
 * municipality, organisation, library) is decided by the feature's use case, which
 * answers 403 when the role does not reach.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public class SecurityConfig {

	/**
	 * Only our own scripts, styles and images, no inline code, no framing, forms only to
	 * us. Templates must never carry inline scripts or event handlers
	 * ({@code SecurityHeadersTest}).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The policy, with the map's tile server allowed as an image source when a map is
	 * configured (issue 12); nothing else is loosened.
	 */
	static String contentSecurityPolicy(no.hverdag.shared.web.MapSettings maps) {
		if (maps == null || maps.tileOrigin().isEmpty()) {
			return CONTENT_SECURITY_POLICY;
		}
		return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + maps.tileOrigin());
	}

	/** Where to return after sign-in: a cookie, so that asking creates no session. */
	private static final ServerRequestCache RETURN_ADDRESS = new ReturnAddressCookie();

	/**
	 * No observations of Spring Security's own (filter chain phases, authentication,
	 * authorization): they wrapped every request in several more observations, each with
	 * its timers and, when sampled, spans, about a tenth of the CPU of a booking attempt
	 * (JFR, docs/performance.md, issue 18). Every request is still observed once by
	 * WebFlux ({@code http.server.requests}: metrics, and traces when exported), which
	 * also carries the status of a refused or failed request.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The configured identity providers, always a bean, possibly empty
	 * ({@link ConfiguredClientRegistrations}).
	 */
	@Bean
	ConfiguredClientRegistrations configuredClientRegistrations(OAuth2ClientProperties properties) {
		return ConfiguredClientRegistrations.from(properties);
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
			ObjectProvider<ReactiveClientRegistrationRepository> registrations,
			ObjectProvider<SecurityChainContribution> contributions, ObjectProvider<ReactiveJwtDecoder> jwtDecoder,
			ObjectProvider<no.hverdag.shared.web.MapSettings> maps, PublicUrl publicUrl, LocalizedProblems problems,
			ObjectProvider<RequestMappingHandlerMapping> controllers, ApplicationContext context) {
		// The route table in order, then signed-in only for anything not declared (who
		// then get a plain 404): one decision with a plain loop (RouteAccess).
		http.authorizeExchange(exchange -> exchange.anyExchange().access(new RouteAccess(routeParser(context))));
		jwtDecoder.ifAvailable(decoder -> http.oauth2ResourceServer(resourceServer -> resourceServer
			.authenticationEntryPoint(apiProblem(problems, "security.problem.signInOrToken"))
			.jwt(Customizer.withDefaults())));
		http.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint(problems, controllers))
			.accessDeniedHandler(accessDenied(problems)));
		// The token lives in a cookie, not a session: anonymous visitors of public pages
		// (most
		// traffic) must not each create server-side state. Measured: a session per
		// search.
		// SameSite=Lax on the token's cookie too (issue 10): another site's page never
		// gets it sent along with its own requests.
		CookieServerCsrfTokenRepository csrfCookie = new CookieServerCsrfTokenRepository();
		csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie)
			.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfProtection)
			.csrfTokenRequestHandler(multipartAware()));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(maps.getIfAvailable())))
			.hsts(hsts -> hsts.maxAge(java.time.Duration.ofDays(365)).includeSubdomains(true))
			.referrerPolicy(referrer -> referrer
				.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY)));
		// Where to return after sign-in is kept in a cookie, not a session: an anonymous
		// visitor knocking on a page that needs sign-in creates no server state (issue
		// 10).
		http.requestCache(cache -> cache.requestCache(RETURN_ADDRESS));
		http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable);
		http.formLogin(ServerHttpSecurity.FormLoginSpec::disable);
		// Sign-in through an identity provider only when one is configured: decided here,
		// at start, not by whether a repository bean exists (ADR 0026).
		ReactiveClientRegistrationRepository clients = registrations.getIfAvailable();
		if (clients != null && ConfiguredClientRegistrations.any(clients)) {
			http.oauth2Login(login -> login.authorizationRequestResolver(redirectToPublicUrl(clients, publicUrl)));
		}
		contributions.orderedStream().forEach(contribution -> contribution.contribute(http));
		RedirectServerLogoutSuccessHandler loggedOut = new RedirectServerLogoutSuccessHandler();
		loggedOut.setLogoutSuccessUrl(URI.create("/?signedOut"));
		// Signing out clears the security context and deletes the session from the store,
		// so it
		// ends on every node at once.
		http.logout(logout -> logout
			.logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
					new WebSessionServerLogoutHandler()))
			.logoutSuccessHandler(loggedOut));
		return http.build();
	}

	/**
	 * The {@code redirect_uri} sent to the identity provider is the configured public
	 * address, not Spring's default {@code {baseUrl}} taken from the request's
	 * {@code Host}.
	 */
	private static ServerOAuth2AuthorizationRequestResolver redirectToPublicUrl(
			ReactiveClientRegistrationRepository clients, PublicUrl publicUrl) {
		DefaultServerOAuth2AuthorizationRequestResolver resolver = new DefaultServerOAuth2AuthorizationRequestResolver(
				clients);
		resolver.setAuthorizationRequestCustomizer(request -> request.attributes(attributes -> request.redirectUri(
				publicUrl.link("/login/oauth2/code/" + attributes.get(OAuth2ParameterNames.REGISTRATION_ID)))));
		return resolver;
	}

	/**
	 * The parser Spring Security's {@code pathMatchers} use: that of the
	 * {@code requestMappingHandlerMapping} bean, else the default.
	 */
	private static PathPatternParser routeParser(ApplicationContext context) {
		try {
			return context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
				.getPathPatternParser();
		}
		catch (NoSuchBeanDefinitionException ex) {
			return PathPatternParser.defaultInstance;
		}
	}

	/**
	 * Every state-changing request that could ride on a browser session needs a CSRF
	 * token. An API call without a session cookie (a kiosk device, an integration) has no
	 * session to abuse.
	 */
	private static Mono<ServerWebExchangeMatcher.MatchResult> needsCsrfProtection(ServerWebExchange exchange) {
		HttpMethod method = exchange.getRequest().getMethod();
		boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
				|| method == HttpMethod.TRACE;
		boolean sessionlessApiCall = exchange.getRequest().getPath().value().startsWith("/api/")
				&& !exchange.getRequest().getCookies().containsKey("SESSION");
		return safe || sessionlessApiCall ? ServerWebExchangeMatcher.MatchResult.notMatch()
				: ServerWebExchangeMatcher.MatchResult.match();
	}

	/**
	 * The default handler (XOR-masked tokens), which also reads the token from a
	 * multipart form: the activity import page uploads a file without JavaScript.
	 */
	private static XorServerCsrfTokenRequestAttributeHandler multipartAware() {
		XorServerCsrfTokenRequestAttributeHandler handler = new XorServerCsrfTokenRequestAttributeHandler();
		handler.setTokenFromMultipartDataEnabled(true);
		return handler;
	}

	/**
	 * Pages send the visitor to the sign-in page; the API answers 401 as problem details.
	 * An address no controller serves is not a page behind a sign-in: it gets the 404
	 * page (and the API a 404 problem), so a mistyped link does not ask a visitor to sign
	 * in first.
	 */
	private static ServerAuthenticationEntryPoint entryPoint(LocalizedProblems problems,
			ObjectProvider<RequestMappingHandlerMapping> controllers) {
		RedirectServerAuthenticationEntryPoint pages = new RedirectServerAuthenticationEntryPoint("/login");
		pages.setRequestCache(RETURN_ADDRESS);
		ServerAuthenticationEntryPoint api = apiProblem(problems, "security.problem.signIn");
		ServerAuthenticationEntryPoint known = (exchange, ex) -> ServerWebExchangeMatchers.pathMatchers("/api/**")
			.matches(exchange)
			.flatMap(match -> match.isMatch() ? api.commence(exchange, ex) : pages.commence(exchange, ex));
		return (exchange, ex) -> served(controllers, exchange).flatMap(found -> found ? known.commence(exchange, ex)
				: Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/**
	 * Whether any controller answers this address (with any method: a wrong method still
	 * needs a sign-in first, as before).
	 */
	private static Mono<Boolean> served(ObjectProvider<RequestMappingHandlerMapping> controllers,
			ServerWebExchange exchange) {
		return Flux.fromStream(controllers.orderedStream())
			.concatMap(mapping -> mapping.getHandler(exchange)
				.map(handler -> true)
				.onErrorResume(ResponseStatusException.class, wrongMethodOrMediaType -> Mono.just(true)))
			.next()
			.defaultIfEmpty(false);
	}

	/**
	 * A 403 on the API, e.g. a bearer token without the route's scope, as problem
	 * details.
	 */
	private static ServerAccessDeniedHandler accessDenied(LocalizedProblems problems) {
		ServerAccessDeniedHandler pages = new HttpStatusServerAccessDeniedHandler(HttpStatus.FORBIDDEN);
		return (exchange, denied) -> exchange.getRequest().getPath().value().startsWith("/api/")
				? problems.write(exchange, HttpStatus.FORBIDDEN, "security.problem.forbiddenCredentials")
				: pages.handle(exchange, denied);
	}

	/** A 401 on the API, in the caller's language. */
	private static ServerAuthenticationEntryPoint apiProblem(LocalizedProblems problems, String messageKey) {
		return (exchange, ex) -> {
			if (exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null) {
				exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			}
			return problems.write(exchange, HttpStatus.UNAUTHORIZED, messageKey);
		};
	}

}
