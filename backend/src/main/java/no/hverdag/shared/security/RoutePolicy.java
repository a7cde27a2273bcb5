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
			// issue 12: a library's kiosk devices on a page (the API had them already).
			signedIn(GET, "/staff/libraries/{libraryId}/kiosks", null, "staff of that library, platform admins"),
			signedIn(POST, "/staff/libraries/{libraryId}/kiosks", null,
					"staff of that library, platform admins: the credential is shown once"),
			signedIn(POST, "/staff/libraries/{libraryId}/kiosks/{kioskId}/revoke", null,
					"staff of the kiosk's library, platform admins: revoked at once"),
			// issue 15: culture buddies (programmes, enrolments, matching rounds,
			// consent, follow-ups)
			open(GET, "/buddies", "anyone: the buddy programmes"),

			open(GET, "/buddies/programmes/{id}", "anyone: a programme and, signed in, its enrolment form"),
			signedIn(POST, "/buddies/programmes/{id}/enrolments", null, "anyone signed in: enrols themselves"),
			signedIn(GET, "/buddies/mine", null, "anyone signed in: their own enrolments, proposals and buddies"),
			signedIn(POST, "/buddies/pairings/{id}/answer", null, "one of the pair's two people: their own answer"),
			signedIn(POST, "/buddies/pairings/{id}/ending", null, "one of the pair's two people, once both said yes"),
			signedIn(GET, "/buddies/programmes/{id}/coordinate", null,
					"the programme's municipality's coordinator, members of its organisation"),
			signedIn(POST, "/buddies/programmes/{id}/enrolments/{enrolmentId}/approve", null,
					"the programme's municipality's coordinator, members of its organisation"),
			signedIn(POST, "/buddies/programmes/{id}/rounds", null,
					"the programme's municipality's coordinator, members of its organisation"),
			signedIn(GET, "/buddies/programmes/{id}/rounds/{roundId}", null, "the round's own coordinator only"),
			signedIn(POST, "/buddies/programmes/{id}/rounds/{roundId}/run", null, "the round's own coordinator only"),
			signedIn(POST, "/buddies/programmes/{id}/rounds/{roundId}/publish", null,
					"the round's own coordinator only"),
			open(GET, "/buddies/check-in/{token}", "whoever holds the follow-up's secret link"),
			open(POST, "/buddies/check-in/{token}", "whoever holds the follow-up's secret link"),
			open(GET, "/api/v1/buddies/programmes", "anyone"), open(GET, "/api/v1/buddies/programmes/{id}", "anyone"),
			signedIn(POST, "/api/v1/buddies/programmes", "hverdag.buddies",
					"coordinators (their municipality), members of an approved organisation (its municipality)"),
			signedIn(POST, "/api/v1/buddies/programmes/{id}/enrolments", "hverdag.buddies",
					"anyone signed in: enrols themselves"),
			signedIn(GET, "/api/v1/buddies/programmes/{id}/enrolments", "hverdag.buddies",
					"the programme's municipality's coordinator, members of its organisation"),
			signedIn(POST, "/api/v1/buddies/programmes/{id}/enrolments/{enrolmentId}/approval", "hverdag.buddies",
					"the programme's municipality's coordinator, members of its organisation"),
			signedIn(GET, "/api/v1/buddies/enrolments/mine", "hverdag.buddies", "anyone signed in: their own"),
			signedIn(POST, "/api/v1/buddies/programmes/{id}/rounds", "hverdag.buddies",
					"the programme's municipality's coordinator, members of its organisation"),
			signedIn(GET, "/api/v1/buddies/programmes/{id}/rounds/{roundId}", "hverdag.buddies",
					"the round's own coordinator only"),
			signedIn(POST, "/api/v1/buddies/programmes/{id}/rounds/{roundId}/runs", "hverdag.buddies",
					"the round's own coordinator only"),
			signedIn(POST, "/api/v1/buddies/programmes/{id}/rounds/{roundId}/publication", "hverdag.buddies",
					"the round's own coordinator only: all of it, once"),
			signedIn(POST, "/api/v1/buddies/programmes/{id}/rounds/{roundId}/discard", "hverdag.buddies",
					"the round's own coordinator only"),
			signedIn(GET, "/api/v1/buddies/programmes/{id}/help-requests", "hverdag.buddies",
					"the programme's municipality's coordinator, members of its organisation"),
			signedIn(GET, "/api/v1/buddies/pairings/mine", "hverdag.buddies", "anyone signed in: their own"),
			signedIn(POST, "/api/v1/buddies/pairings/{id}/answer", "hverdag.buddies",
					"one of the pair's two people: their own answer"),
			signedIn(POST, "/api/v1/buddies/pairings/{id}/ending", "hverdag.buddies",
					"one of the pair's two people, once both said yes"),
			open(POST, "/api/v1/buddies/check-ins/{token}", "whoever holds the follow-up's secret link"),
			// issue 14: free venues (and equipment to borrow), on the booking core.
			open(GET, "/venues", "anyone: listed venues, free rooms for a time"),
			// Before /venues/{id}: the security chain matches in this order.
			signedIn(GET, "/venues/new", null,
					"anyone signed in: coordinators and members of approved organisations register"),
			signedIn(GET, "/venues/manage", null, "anyone signed in: their venues, requests and bookings"),
			open(GET, "/venues/{id}", "anyone if listed; its owner and coordinator always"),
			open(GET, "/venues/{id}/rooms/{room}", "anyone if listed: the room's week"),
			signedIn(POST, "/venues/{id}/rooms/{room}/bookings", null,
					"whoever the venue lets book: members of approved organisations, or anyone signed in"),
			signedIn(POST, "/venues", null,
					"members of an approved organisation in that municipality, for it; a municipal venue by the municipality itself (checked in Venues.register)"),
			signedIn(POST, "/venues/{id}/approve", null, "the coordinator of the venue's municipality"),
			signedIn(POST, "/venues/{id}/decline", null, "the coordinator of the venue's municipality"),
			signedIn(POST, "/venues/bookings/{id}/approve", null, "the venue's owner, its municipality's coordinator"),
			signedIn(POST, "/venues/bookings/{id}/decline", null, "the venue's owner, its municipality's coordinator"),
			signedIn(POST, "/venues/bookings/{id}/cancel", null,
					"the booking's holder (a member booking for their organisation), the venue's owner, its municipality's coordinator"),
			open(GET, "/api/v1/venues", "anyone: listed venues by municipality, free rooms for a time"),
			open(GET, "/api/v1/venues/{id}", "anyone if listed; its owner and coordinator always"),
			open(GET, "/api/v1/venues/{id}/photos", "anyone if listed; its owner and coordinator always"),
			open(GET, "/api/v1/venues/{id}/rooms/{room}/calendar.ics", "anyone if listed: approved bookings, no names"),
			signedIn(POST, "/api/v1/venues", "hverdag.venues",
					"members of an approved organisation in that municipality, for it; a municipal venue by the municipality itself (checked in Venues.register)"),
			signedIn(POST, "/api/v1/venues/{id}/approval", "hverdag.moderation",
					"the coordinator of the venue's municipality"),
			signedIn(POST, "/api/v1/venues/{id}/rejection", "hverdag.moderation",
					"the coordinator of the venue's municipality"),
			signedIn(POST, "/api/v1/venues/{id}/rooms/{room}/bookings", "hverdag.venues",
					"whoever the venue lets book: members of approved organisations, or anyone signed in"),
			signedIn(GET, "/api/v1/room-bookings/mine", "hverdag.venues", "anyone signed in: their own"),
			signedIn(POST, "/api/v1/room-bookings/{id}/approval", "hverdag.venues",
					"the venue's owner, its municipality's coordinator"),
			signedIn(POST, "/api/v1/room-bookings/{id}/rejection", "hverdag.venues",
					"the venue's owner, its municipality's coordinator"),
			signedIn(DELETE, "/api/v1/room-bookings/{id}", "hverdag.venues",
					"the booking's holder (a member booking for their organisation), the venue's owner, its municipality's coordinator"),
			open(GET, "/equipment", "anyone: lending points; signed in, their own loans too"),
			open(GET, "/equipment/points/{id}", "anyone: items and how many are free for chosen days"),
			signedIn(POST, "/equipment/items/{itemId}/reservations", null, "anyone signed in: for themselves"),
			signedIn(POST, "/equipment/loans/{id}/cancel", null,
					"the loan's holder, the point's staff (members of its organisation), its municipality's coordinator"),
			signedIn(GET, "/equipment/points/{id}/desk", null,
					"the point's staff (members of its organisation), its municipality's coordinator"),
			signedIn(POST, "/equipment/points/{id}/walk-ins", null,
					"the point's staff (members of its organisation), its municipality's coordinator"),
			signedIn(POST, "/equipment/points/{id}/loans/{loanId}/pickup", null,
					"the point's staff (members of its organisation), its municipality's coordinator"),
			signedIn(POST, "/equipment/points/{id}/loans/{loanId}/return", null,
					"the point's staff (members of its organisation), its municipality's coordinator"),
			signedIn(POST, "/equipment/points/{id}/loans/{loanId}/lost", null,
					"the point's staff (members of its organisation), its municipality's coordinator"),
			open(GET, "/api/v1/equipment", "anyone: lending points by municipality with their items"),
			open(GET, "/api/v1/equipment/points/{id}", "anyone: items and how many are free for chosen days"),
			signedIn(POST, "/api/v1/equipment/items/{itemId}/reservations", "hverdag.equipment",
					"anyone signed in: for themselves"),
			signedIn(POST, "/api/v1/equipment/items/{itemId}/walk-ins", "hverdag.equipment",
					"the point's staff (members of its organisation), its municipality's coordinator"),
			signedIn(GET, "/api/v1/equipment/loans/mine", "hverdag.equipment", "anyone signed in: their own"),
			signedIn(DELETE, "/api/v1/equipment/loans/{id}", "hverdag.equipment",
					"the loan's holder, the point's staff (members of its organisation), its municipality's coordinator"),
			signedIn(POST, "/api/v1/equipment/loans/{id}/pickup", "hverdag.equipment",
					"the point's staff (members of its organisation), its municipality's coordinator"),
			signedIn(POST, "/api/v1/equipment/loans/{id}/return", "hverdag.equipment",
					"the point's staff (members of its organisation), its municipality's coordinator"),
			signedIn(POST, "/api/v1/equipment/loans/{id}/loss", "hverdag.equipment",
					"the point's staff (members of its organisation), its municipality's coordinator"),
			signedIn(GET, "/api/v1/equipment/points/{id}/desk", "hverdag.equipment",
					"the point's staff (members of its organisation), its municipality's coordinator"),
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
			open(GET, "/api/v1/statistics/country", "anyone: anonymous counts"),
			// Issue 13: an organisation writes or corrects its activity's other
			// languages.
			signedIn(GET, "/organisations/{id}/activities/{activityId}/translations", null,
					"members of that organisation, its coordinator: the versions, a machine's suggestion"),
			signedIn(POST, "/organisations/{id}/activities/{activityId}/translations", null,
					"members of that organisation, its coordinator: their own version of one language"),
			// issue 12, organisation lifecycle: edit, withdraw and cancel a date of a
			// listing; the organisation's details; report a listing; the coordinator's
			// listings queue (unpublish with a reason, publish again, maybe at a time).
			signedIn(GET, "/organisations/{id}/details", null,
					"members of that organisation, its municipality's coordinator"),
			signedIn(POST, "/organisations/{id}/details", null,
					"members of that organisation, its municipality's coordinator"),
			signedIn(GET, "/organisations/{id}/activities/{activityId}/edit", null,
					"members of that organisation, its municipality's coordinator: its own listings only"),
			signedIn(POST, "/organisations/{id}/activities/{activityId}/edit", null,
					"members of that organisation, its municipality's coordinator: its own listings only"),
			signedIn(GET, "/organisations/{id}/activities/{activityId}/withdraw", null,
					"members of that organisation, its municipality's coordinator: its own listings only"),
			signedIn(POST, "/organisations/{id}/activities/{activityId}/withdraw", null,
					"members of that organisation, its municipality's coordinator: its own listings only"),
			signedIn(POST, "/organisations/{id}/activities/{activityId}/resubmit", null,
					"members of that organisation, its municipality's coordinator: an unpublished listing"),
			signedIn(GET, "/organisations/{id}/activities/{activityId}/occurrences/{date}/cancel", null,
					"members of that organisation, its municipality's coordinator: a coming date of its listing"),
			signedIn(POST, "/organisations/{id}/activities/{activityId}/occurrences/{date}/cancel", null,
					"members of that organisation, its municipality's coordinator: a coming date of its listing"),
			open(GET, "/activities/{id}/report", "anyone: a published listing"),
			open(POST, "/activities/{id}/report", "anyone: reports a published listing (rate limited)"),
			signedIn(GET, "/coordinator/listings", null,
					"coordinators: reports and resubmitted listings in their municipalities"),
			signedIn(POST, "/coordinator/reports/{id}/dismiss", null, "the coordinator of the listing's municipality"),
			signedIn(GET, "/coordinator/activities/{id}/unpublish", null,
					"the coordinator of the listing's municipality"),
			signedIn(POST, "/coordinator/activities/{id}/unpublish", null,
					"the coordinator of the listing's municipality"),
			signedIn(POST, "/coordinator/activities/{id}/republish", null,
					"the coordinator of the listing's municipality: a resubmitted listing"),
			signedIn(HttpMethod.PUT, "/api/v1/organisations/{id}", "hverdag.organisations",
					"members of that organisation, its municipality's coordinator"),
			signedIn(HttpMethod.PUT, "/api/v1/activities/{id}", "hverdag.activities",
					"members of its organisation, its municipality's coordinator"),
			signedIn(HttpMethod.PATCH, "/api/v1/activities/{id}", "hverdag.activities",
					"members of its organisation, its municipality's coordinator"),
			signedIn(POST, "/api/v1/activities/{id}/withdrawal", "hverdag.activities",
					"members of its organisation, its municipality's coordinator"),
			signedIn(POST, "/api/v1/activities/{id}/resubmission", "hverdag.activities",
					"members of its organisation, its municipality's coordinator: an unpublished listing"),
			signedIn(POST, "/api/v1/activities/{id}/occurrences/{date}/cancellation", "hverdag.activities",
					"members of its organisation, its municipality's coordinator: a coming date"),
			open(POST, "/api/v1/activities/{id}/reports", "anyone: reports a published listing (rate limited)"),
			signedIn(GET, "/api/v1/moderation/reports", "hverdag.moderation",
					"coordinators: open reports in their municipalities"),
			signedIn(POST, "/api/v1/moderation/reports/{id}/dismissal", "hverdag.moderation",
					"the coordinator of the listing's municipality"),
			signedIn(GET, "/api/v1/moderation/listings", "hverdag.moderation",
					"coordinators: resubmitted listings in their municipalities"),
			signedIn(POST, "/api/v1/activities/{id}/unpublishing", "hverdag.moderation",
					"the coordinator of the listing's municipality"),
			signedIn(POST, "/api/v1/activities/{id}/republishing", "hverdag.moderation",
					"the coordinator of the listing's municipality: a resubmitted listing"),
			// issue 12: the platform admin's pages and API.
			signedIn(GET, "/admin", null, "platform admins"),
			signedIn(GET, "/admin/roles/new", null, "platform admins"),
			signedIn(POST, "/admin/roles", null, "platform admins: grants the two scoped roles"),
			signedIn(POST, "/admin/roles/revoke", null, "platform admins: never a configured admin"),
			signedIn(GET, "/admin/libraries/new", null, "platform admins"),
			signedIn(POST, "/admin/libraries", null, "platform admins"),
			signedIn(GET, "/api/v1/admin/roles", "hverdag.admin", "platform admins"),
			signedIn(POST, "/api/v1/admin/roles", "hverdag.admin", "platform admins"),
			signedIn(POST, "/api/v1/admin/roles/revoke", "hverdag.admin", "platform admins: never a configured admin"),
			signedIn(POST, "/api/v1/admin/libraries", "hverdag.admin", "platform admins"),
			// issue 12: pictures (media).
			open(GET, "/media/{imageId}/{variant}", "anyone: a stored picture by its unguessable id"),
			signedIn(GET, "/organisations/{id}/logo", null,
					"members of that organisation, its municipality's coordinator"),
			signedIn(POST, "/organisations/{id}/logo", null,
					"members of that organisation, its municipality's coordinator"),
			signedIn(GET, "/organisations/{id}/activities/{activityId}/photo", null,
					"members of that organisation, its municipality's coordinator"),
			signedIn(POST, "/organisations/{id}/activities/{activityId}/photo", null,
					"members of that organisation, its municipality's coordinator"),
			signedIn(GET, "/volunteer/photo", null, "anyone signed in who has offered to be borrowed: their own photo"),
			signedIn(POST, "/volunteer/photo", null,
					"anyone signed in who has offered to be borrowed: their own photo"),
			// issue 14: season allocation of rooms (helper i14).
			open(GET, "/seasons", "anyone: seasons; signed in, their applications; coordinators open seasons"),
			signedIn(POST, "/seasons", null, "the coordinator of the season's municipality"),
			open(GET, "/seasons/{id}", "anyone: the season and its policy; members of approved organisations apply"),
			signedIn(POST, "/seasons/{id}/applications", null, "members of an approved organisation"),
			signedIn(GET, "/seasons/{id}/allocation", null, "the coordinator of the season's municipality"),
			signedIn(POST, "/seasons/{id}/allocation", null, "the coordinator of the season's municipality"),
			signedIn(POST, "/seasons/{id}/applications/{application}/adjustment", null,
					"the coordinator of the season's municipality"),
			signedIn(POST, "/seasons/{id}/publication", null, "the coordinator of the season's municipality"),
			open(GET, "/api/v1/seasons", "anyone: seasons by municipality"),
			signedIn(POST, "/api/v1/seasons", "hverdag.moderation", "the coordinator of the season's municipality"),
			open(GET, "/api/v1/seasons/{id}", "anyone: the season"),
			signedIn(POST, "/api/v1/seasons/{id}/applications", "hverdag.venues",
					"members of an approved organisation"),
			signedIn(GET, "/api/v1/seasons/{id}/applications", "hverdag.moderation",
					"the coordinator of the season's municipality"),
			signedIn(GET, "/api/v1/season-applications/mine", "hverdag.venues", "anyone signed in: their own"),
			signedIn(POST, "/api/v1/seasons/{id}/allocation", "hverdag.moderation",
					"the coordinator of the season's municipality"),
			signedIn(GET, "/api/v1/seasons/{id}/allocation", "hverdag.moderation",
					"the coordinator of the season's municipality"),
			signedIn(POST, "/api/v1/seasons/{id}/applications/{application}/adjustment", "hverdag.moderation",
					"the coordinator of the season's municipality"),
			signedIn(POST, "/api/v1/seasons/{id}/publication", "hverdag.moderation",
					"the coordinator of the season's municipality"),
			// issue 12 (ihl): library staff edit a session; booked people move and are
			// told.
			signedIn(GET, "/staff/libraries/{libraryId}/sessions/{sessionId}/edit", null,
					"staff of that library, platform admins"),
			signedIn(POST, "/staff/libraries/{libraryId}/sessions/{sessionId}/edit", null,
					"staff of that library, platform admins: everyone whose booking moves is told"),
			signedIn(HttpMethod.PUT, "/api/v1/libraries/{id}/sessions/{sessionId}", "hverdag.libraries",
					"staff of that library, platform admins: everyone whose booking moves is told"),
			signedIn(HttpMethod.PATCH, "/api/v1/libraries/{id}/sessions/{sessionId}", "hverdag.libraries",
					"staff of that library, platform admins: everyone whose booking moves is told"),
			// issue 14 (rest): a venue's photos, managed by its owner or coordinator.
			signedIn(GET, "/venues/{id}/photos", null,
					"members of the venue's owner organisation, its municipality's coordinator"),
			signedIn(POST, "/venues/{id}/photos", null,
					"members of the venue's owner organisation, its municipality's coordinator: up to four photos with alt text"),
			signedIn(POST, "/venues/{id}/photos/{slot}/remove", null,
					"members of the venue's owner organisation, its municipality's coordinator"),
			// Issue 14: rooms and equipment in search.
			open(GET, "/api/v1/resources", "anyone: rooms and equipment matching words, free rooms for a time"));

	/**
	 * Where static files and framework endpoints live; not controllers, so not in the
	 * table.
	 */
	public static final List<String> INFRASTRUCTURE = List.of("/css/**", "/js/**", "/webjars/**", "/favicon.ico",
			"/error", "/robots.txt", "/img/**", "/import/**",
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
