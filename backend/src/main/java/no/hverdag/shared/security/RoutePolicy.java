package no.hverdag.shared.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * The one declared access policy: every route the application serves, who may call it,
 * and for integrations with bearer tokens the scope it needs. The security chain is built
 * from this table; finer checks (own municipality, own organisation, own library, own
 * data) happen in the use cases, as {@code who} says.
 * {@code RouteAuthorizationMatrixTest} fails the build for a route that is not here.
 *
 * @param method the HTTP method, or {@code null} for any
 * @param pattern a path pattern
 * @param access whether anyone or only signed-in people reach the route at all
 * @param scope the OAuth2 scope a bearer token needs (without "SCOPE_"), or {@code null}
 * @param who who may actually do it, in the domain's words
 */
public record RoutePolicy(HttpMethod method, String pattern, Access access, String scope, String who) {

	/** Whether the security chain lets anyone through, or only signed-in people. */
	public enum Access {

		PUBLIC, SIGNED_IN, KIOSK

	}

	private static RoutePolicy open(HttpMethod method, String pattern, String who) {
		return new RoutePolicy(method, pattern, Access.PUBLIC, null, who);
	}

	private static RoutePolicy signedIn(HttpMethod method, String pattern, String scope, String who) {
		return new RoutePolicy(method, pattern, Access.SIGNED_IN, scope, who);
	}

	private static RoutePolicy kiosk(HttpMethod method, String pattern, String who) {
		return new RoutePolicy(method, pattern, Access.KIOSK, null, who);
	}

	private static final HttpMethod GET = HttpMethod.GET;

	private static final HttpMethod POST = HttpMethod.POST;

	private static final HttpMethod DELETE = HttpMethod.DELETE;

	public static final List<RoutePolicy> ROUTES = List.of(
			// Pages for everyone.
			open(GET, "/", "anyone: search"), open(GET, "/activities/{id}", "anyone: a published activity"),
			open(GET, "/privacy", "anyone"), open(GET, "/login", "anyone"), open(GET, "/login/code", "anyone"),
			open(POST, "/login/code/request", "anyone: asks for a sign-in code (rate limited)"),
			open(GET, "/kiosk", "anyone: a kiosk chooses its library"),
			open(GET, "/kiosk/{libraryId}", "anyone: that library's free slots today"),
			open(POST, "/kiosk/{libraryId}/slots/{slotId}/bookings",
					"anyone: books a slot of that library only (rate limited)"),
			open(GET, "/dev/outbox", "only with hverdag.dev.outbox-page=true (the dev profile), outbox delivery only"),
			// "For you": signed in, the profile is kept with the account; otherwise only
			// in
			// a cookie.
			open(GET, "/for-you", "anyone: their own profile and suggestions"),
			open(POST, "/for-you", "anyone: saves their own profile (account or browser)"),
			open(POST, "/for-you/forget", "anyone: deletes their own profile"),
			// Pages for signed-in people.
			signedIn(GET, "/organisations/new", null, "anyone signed in"),
			signedIn(POST, "/organisations", null, "anyone signed in: becomes the first member"),
			signedIn(GET, "/organisations/mine", null, "anyone signed in: their own organisations"),
			signedIn(GET, "/organisations/{id}", null, "members of that organisation, its municipality's coordinator"),
			signedIn(GET, "/organisations/{id}/activities/new", null,
					"members of that approved organisation, its municipality's coordinator"),
			signedIn(POST, "/organisations/{id}/activities", null,
					"members of that approved organisation, its municipality's coordinator"),
			signedIn(GET, "/coordinator", null, "coordinators: their municipalities' queue"),
			signedIn(POST, "/coordinator/organisations/{id}/approve", null,
					"the coordinator of that organisation's municipality"),
			signedIn(POST, "/coordinator/organisations/{id}/reject", null,
					"the coordinator of that organisation's municipality"),
			signedIn(GET, "/coordinator/audit", null, "coordinators (their municipalities), platform admins"),
			signedIn(GET, "/me", null, "anyone signed in: their own data"),
			signedIn(POST, "/me/delete", null, "anyone signed in: deletes their own account"),
			// The API for everyone.
			open(GET, "/api/v1/municipalities", "anyone"), open(GET, "/api/v1/municipalities/{number}", "anyone"),
			open(GET, "/api/v1/activities", "anyone: search"), open(GET, "/api/v1/activities/{id}", "anyone"),
			open(GET, "/api/v1/libraries", "anyone"), open(GET, "/api/v1/libraries/{id}", "anyone"),
			open(GET, "/api/v1/libraries/{id}/slots", "anyone"),
			open(GET, "/api/v1/recommendations", "anyone: the profile as parameters, nothing stored"),
			open(GET, "/api/v1/people-to-borrow", "anyone: first names, topics, languages; no contact details"),
			open(POST, "/api/v1/slots/{slotId}/bookings", "anyone: first name and contact point (rate limited)"),
			// The API for signed-in people and integrations.
			signedIn(POST, "/api/v1/organisations", "hverdag.organisations",
					"anyone signed in: becomes the first member"),
			signedIn(GET, "/api/v1/organisations/mine", "hverdag.organisations", "anyone signed in: their own"),
			signedIn(GET, "/api/v1/organisations/{id}", "hverdag.organisations",
					"anyone signed in if approved; members and the municipality's coordinator otherwise"),
			signedIn(POST, "/api/v1/organisations/{organisationId}/activities", "hverdag.activities",
					"members of that approved organisation, its municipality's coordinator"),
			signedIn(GET, "/api/v1/moderation/organisations", "hverdag.moderation",
					"coordinators: their municipalities' queue"),
			signedIn(POST, "/api/v1/organisations/{id}/approval", "hverdag.moderation",
					"the coordinator of that organisation's municipality"),
			signedIn(POST, "/api/v1/organisations/{id}/rejection", "hverdag.moderation",
					"the coordinator of that organisation's municipality"),
			signedIn(GET, "/api/v1/audit", "hverdag.moderation",
					"coordinators (their municipalities), platform admins"),
			signedIn(POST, "/api/v1/coordinators", "hverdag.admin", "platform admins"),
			signedIn(POST, "/api/v1/libraries/{id}/staff", "hverdag.admin",
					"platform admins, the coordinator of the library's municipality"),
			signedIn(GET, "/api/v1/me", "hverdag.me", "anyone signed in: their own data"),
			signedIn(GET, "/api/v1/me/export", "hverdag.me", "anyone signed in: their own data"),
			signedIn(DELETE, "/api/v1/me", "hverdag.me", "anyone signed in: deletes their own account"),
			// Bulk import of activities (issue 5): check a file, then import it.
			signedIn(GET, "/organisations/{id}/activities/import", null,
					"members of that organisation, its municipality's coordinator"),
			signedIn(POST, "/organisations/{id}/activities/import", null,
					"members of that approved organisation, its municipality's coordinator: a dry run"),
			signedIn(POST, "/organisations/{id}/activities/import/confirm", null,
					"members of that approved organisation, its municipality's coordinator"),
			signedIn(POST, "/api/v1/organisations/{organisationId}/activities/import", "hverdag.activities",
					"members of that approved organisation, its municipality's coordinator"),
			// The API's OpenAPI description and Swagger UI (springdoc's controllers; the
			// UI's
			// files are under /webjars/**).
			open(GET, "/v3/api-docs", "anyone: the OpenAPI description of /api/v1"),
			open(GET, "/v3/api-docs.yaml", "anyone: the same as YAML"),
			open(GET, "/v3/api-docs/swagger-config", "anyone: Swagger UI's settings"),
			open(GET, "/api/docs", "anyone: Swagger UI (a redirect to its page)"),
			// Kiosks and their registration.
			kiosk(GET, "/api/v1/kiosk/slots", "a kiosk: its own library's free slots today"),
			kiosk(POST, "/api/v1/kiosk/slots/{slotId}/bookings", "a kiosk: books a slot of its own library"),
			signedIn(POST, "/api/v1/libraries/{id}/kiosks", "hverdag.libraries",
					"staff of that library, platform admins: the credential is shown once"),
			signedIn(GET, "/api/v1/libraries/{id}/kiosks", "hverdag.libraries",
					"staff of that library, platform admins"),
			signedIn(DELETE, "/api/v1/kiosks/{kioskId}", "hverdag.libraries",
					"staff of the kiosk's library, platform admins: revoked at once"),
			// --- borrow a local (issue 6) ---
			signedIn(GET, "/volunteer", null, "anyone signed in: offer oneself as a person to borrow"),
			signedIn(POST, "/volunteer/offers", null, "anyone signed in: their own offer"),
			signedIn(GET, "/staff", null, "anyone signed in: the libraries they are staff of"),
			signedIn(GET, "/staff/libraries/{libraryId}", null, "staff of that library, platform admins"),
			signedIn(POST, "/staff/libraries/{libraryId}/offers/{offerId}/approve", null,
					"staff of the offer's library, platform admins"),
			signedIn(POST, "/staff/libraries/{libraryId}/offers/{offerId}/reject", null,
					"staff of the offer's library, platform admins"),
			signedIn(POST, "/api/v1/offers", "hverdag.offers", "anyone signed in: their own offer"),
			signedIn(GET, "/api/v1/offers/mine", "hverdag.offers", "anyone signed in: their own offers"),
			signedIn(GET, "/api/v1/libraries/{id}/offers", "hverdag.libraries",
					"staff of that library, platform admins"),
			signedIn(POST, "/api/v1/offers/{id}/approval", "hverdag.libraries",
					"staff of the offer's library, platform admins"),
			signedIn(POST, "/api/v1/offers/{id}/rejection", "hverdag.libraries",
					"staff of the offer's library, platform admins"),
			signedIn(POST, "/staff/libraries/{libraryId}/sessions", null, "staff of that library, platform admins"),
			signedIn(POST, "/staff/libraries/{libraryId}/sessions/{sessionId}/cancel", null,
					"staff of that library, platform admins: everyone booked is told"),
			signedIn(POST, "/staff/libraries/{libraryId}/slots/{slotId}/cancel", null,
					"staff of that library, platform admins: everyone booked is told"),
			signedIn(POST, "/staff/libraries/{libraryId}/bookings/{reference}/check-in", null,
					"staff of that library, platform admins"),
			signedIn(POST, "/staff/libraries/{libraryId}/confirmations", null,
					"staff of that library, platform admins: someone who missed sessions may book again"),
			signedIn(POST, "/api/v1/libraries/{id}/sessions", "hverdag.libraries",
					"staff of that library, platform admins"),
			signedIn(GET, "/api/v1/libraries/{id}/sessions", "hverdag.libraries",
					"staff of that library, platform admins"),
			signedIn(DELETE, "/api/v1/libraries/{id}/sessions/{sessionId}", "hverdag.libraries",
					"staff of that library, platform admins: everyone booked is told"),
			signedIn(DELETE, "/api/v1/libraries/{id}/slots/{slotId}", "hverdag.libraries",
					"staff of that library, platform admins: everyone booked is told"),
			signedIn(POST, "/api/v1/libraries/{id}/check-ins", "hverdag.libraries",
					"staff of that library, platform admins"),
			open(GET, "/borrow", "anyone: people to borrow and their free slots"),
			open(POST, "/borrow/slots/{slotId}/bookings", "anyone: first name and contact point (rate limited)"),
			open(GET, "/bookings/{token}", "whoever holds the booking's unguessable link"),
			open(POST, "/bookings/{token}/cancel", "whoever holds the booking's unguessable link"),
			open(POST, "/kiosk/{libraryId}/check-in", "anyone with a booking reference at that library (rate limited)"),
			open(GET, "/api/v1/libraries/{id}/availability",
					"anyone: a stream of free places per slot, no personal data"),
			// Sign-ups with a waiting list, and calendar feeds (signups module).
			open(POST, "/activities/{id}/signups", "anyone: signs up for one occurrence (rate limited)"),
			open(GET, "/signups/{token}", "whoever holds the sign-up's secret link"),
			open(POST, "/signups/{token}/cancel", "whoever holds the sign-up's secret link"),
			signedIn(GET, "/me/signups", null, "anyone signed in: their own sign-ups"),
			signedIn(POST, "/me/signups/calendar-feed", null,
					"anyone signed in: a new secret feed address for their own sign-ups"),
			signedIn(GET, "/organisations/{id}/activities/{activityId}/signups", null,
					"members of that organisation, its municipality's coordinator: its own activities only"),
			open(POST, "/api/v1/activities/{id}/signups", "anyone: first name and contact point (rate limited)"),
			open(DELETE, "/api/v1/signups/{token}", "whoever holds the sign-up's secret token"),
			open(GET, "/api/v1/activities/{id}/calendar.ics", "anyone"),
			open(GET, "/calendar/{feedToken}.ics", "whoever holds the person's secret feed address"),
			signedIn(GET, "/api/v1/organisations/{organisationId}/activities/{activityId}/signups",
					"hverdag.activities",
					"members of that organisation, its municipality's coordinator: its own activities only"),
			signedIn(GET, "/api/v1/me/signups", "hverdag.me", "anyone signed in: their own sign-ups"),
			signedIn(GET, "/api/v1/me/signups/calendar.ics", "hverdag.me", "anyone signed in: their own sign-ups"),
			signedIn(POST, "/api/v1/me/signups/calendar-feed", "hverdag.me",
					"anyone signed in: a new secret feed address for their own sign-ups"),
			// issue 16: the accessibility statement; statistics (1 to 4 suppressed).
			open(GET, "/accessibility", "anyone"),
			signedIn(GET, "/statistics", null, "anyone signed in: what they may see, maybe nothing"),
			signedIn(GET, "/statistics/municipalities/{number}", null,
					"the municipality's coordinators, platform admins"),
			signedIn(GET, "/statistics/municipalities/{number}/export.csv", null,
					"the municipality's coordinators, platform admins"),
			signedIn(GET, "/statistics/libraries/{libraryId}", null, "staff of that library, platform admins"),
			signedIn(GET, "/statistics/libraries/{libraryId}/export.csv", null,
					"staff of that library, platform admins"),
			signedIn(GET, "/statistics/country", null, "platform admins"),
			signedIn(GET, "/statistics/country/export.csv", null, "platform admins"),
			open(GET, "/api/v1/statistics/municipalities/{number}", "anyone: anonymous counts"),
			open(GET, "/api/v1/statistics/libraries/{id}", "anyone: anonymous counts"),
			open(GET, "/api/v1/statistics/country", "anyone: anonymous counts"));

	/**
	 * Where static files and framework endpoints live; not controllers, so not in the
	 * table.
	 */
	public static final List<String> INFRASTRUCTURE = List.of("/css/**", "/js/**", "/webjars/**", "/favicon.ico",
			"/error",
			// Swagger UI's static files (springdoc serves them beside /api/docs).
			"/api/swagger-ui/**",
			// Liveness and readiness probes (Actuator's health groups, status only; issue
			// 17).
			"/livez", "/readyz");

	/**
	 * The pattern as Spring Security's path matchers take it ({@code {id}} becomes
	 * {@code *}).
	 */
	public String matcherPattern() {
		return this.pattern.replaceAll("\\{[^}]+}", "*");
	}

}
