package no.hverdag.signups.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import no.hverdag.shared.i18n.SupportedLanguage;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar feeds: an activity's (public), a signed-in person's sign-ups, and the same by
 * the person's secret feed address, for calendar apps that subscribe without a session.
 */
@RestController
class CalendarApi {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	CalendarApi(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@Operation(summary = "An activity's occurrences as an iCalendar file")
	@GetMapping("/api/v1/activities/{id}/calendar.ics")
	Mono<ResponseEntity<String>> activity(@PathVariable String id, Locale locale) {
		return this.feeds.activity(id, SupportedLanguage.of(locale).code())
			.map(text -> calendar(text, "hverdag-" + id + ".ics", CacheControl.noCache()));
	}

	@Operation(summary = "My sign-ups as an iCalendar feed")
	@GetMapping("/api/v1/me/signups/calendar.ics")
	Mono<ResponseEntity<String>> mine(Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.feeds.mine(actor, SupportedLanguage.of(locale).code()))
			.map(text -> calendar(text, "hverdag.ics", CacheControl.noStore()));
	}

	@GetMapping("/calendar/{feedToken}.ics")
	Mono<ResponseEntity<String>> feed(@PathVariable String feedToken, Locale locale) {
		return this.feeds.byToken(feedToken, SupportedLanguage.of(locale).code())
			.map(text -> calendar(text, "hverdag.ics", CacheControl.noStore()));
	}

	private static ResponseEntity<String> calendar(String text, String fileName, CacheControl cache) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(cache)
			.header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
			.body(text);
	}

}
