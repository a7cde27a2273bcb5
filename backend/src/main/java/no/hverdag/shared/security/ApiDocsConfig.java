package no.hverdag.shared.security;

import java.util.List;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} (not the pages) at {@code /v3/api-docs},
 * with Swagger UI at {@code /api/docs}. Who may call what comes from {@link RoutePolicy},
 * the same table the security chain is built from, so the description cannot drift from
 * what is enforced: public routes need nothing, the others a signed-in session or a
 * bearer token with the route's scope, kiosk routes a kiosk's credential.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	static final String BEARER = "bearer";

	static final String SESSION = "session";

	static final String KIOSK = "kiosk";

	@Bean
	OpenAPI hverdagOpenApi() {
		TreeSet<String> scopes = new TreeSet<>();
		RoutePolicy.ROUTES.stream().map(RoutePolicy::scope).filter(s -> s != null).forEach(scopes::add);
		return new OpenAPI()
			.info(new Info().title("Hverdag API")
				.version("v1")
				.description("Activities, organisations, moderation, libraries and their people to borrow, "
						+ "kiosks. Errors are RFC 9457 problem details with a list of field problems; texts "
						+ "follow Accept-Language or ?lang= (nb, en, ar).")
				.license(new License().name("Data: municipalities © Kartverket, CC BY 4.0").identifier("CC-BY-4.0")))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("A JWT from the configured issuer. Each route needs one scope: "
									+ String.join(", ", scopes) + ". The scope a route needs is listed in its security "
									+ "requirement and in x-required-scope."))
				.addSecuritySchemes(SESSION,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("SESSION")
							.description("A browser session after signing in; state-changing calls then need the "
									+ "X-XSRF-TOKEN header with the XSRF-TOKEN cookie's value."))
				.addSecuritySchemes(KIOSK,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("Authorization")
							.description("A kiosk device: \"Kiosk <credential>\", as shown once when the kiosk was "
									+ "registered.")));
	}

	/** Each operation's security requirement, from the declared route policy. */
	@Bean
	OpenApiCustomizer routePolicySecurity() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				RoutePolicy.ROUTES.stream()
					.filter(route -> route.pattern().equals(path) && route.method() != null
							&& route.method().name().equals(method.name()))
					.findFirst()
					.ifPresent(route -> secure(operation, route));
			}));
		};
	}

	private static void secure(Operation operation, RoutePolicy route) {
		switch (route.access()) {
			case PUBLIC -> operation.setSecurity(List.of());
			case KIOSK -> operation.setSecurity(List.of(new SecurityRequirement().addList(KIOSK)));
			case SIGNED_IN -> {
				operation.setSecurity(List.of(
						new SecurityRequirement().addList(BEARER,
								route.scope() == null ? List.of() : List.of(route.scope())),
						new SecurityRequirement().addList(SESSION)));
				if (route.scope() != null) {
					operation.addExtension("x-required-scope", route.scope());
				}
			}
		}
		operation.addExtension("x-who", route.who());
	}

}
