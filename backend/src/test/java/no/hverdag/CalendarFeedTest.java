package no.hverdag;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.activities.ListingLifecycle;
import no.hverdag.activities.Schedule;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.SignUpActivities;
import no.hverdag.support.WebClientSignUps;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar feeds, read back with ical4j's own parser: an activity's recurrence,
 * exceptions and Oslo times, a one-off, and a person's sign-ups by session and by secret
 * feed address.
 */
@HverdagIntegrationTest
class CalendarFeedTest {

	@Autowired
	WebTestClient client;

	@Autowired
	ActivityPublishing publishing;

	@Autowired
	ListingLifecycle lifecycle;

	@Test
	@DisplayName("a biweekly activity: one VEVENT with RRULE INTERVAL=2, BYDAY, UNTIL, an EXDATE, Oslo times and a VTIMEZONE")
	void recurringActivity() throws Exception {
		LocalDate first = LocalDate.of(2026, 12, 1);
		LocalDate last = LocalDate.of(2027, 3, 30);
		LocalDate skipped = LocalDate.of(2026, 12, 29);
		String id = SignUpActivities.publish(this.publishing, SignUpActivities.OSLO_ORG,
				new Schedule.Recurring(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 2, first, last, Set.of(skipped),
						LocalTime.of(18, 0), LocalTime.of(20, 0)),
				10);

		String text = fetch("/api/v1/activities/" + id + "/calendar.ics");
		Calendar calendar = parse(text);

		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
		assertThat(value(calendar.getComponents(Component.VTIMEZONE).get(0), Property.TZID)).isEqualTo("Europe/Oslo");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(value(event, Property.UID)).isEqualTo(id + "@activities.hverdag.no");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Språkkafé med påmelding");
		assertThat(value(event, Property.LOCATION)).contains("Deichman Grünerløkka");
		assertThat(value(event, Property.GEO)).startsWith("59.9236;10.759");
		assertThat(value(event, Property.URL)).endsWith("/activities/" + id);
		assertThat(startOf(event)).isEqualTo(at(first));
		assertThat(event.getRequiredProperty(Property.DTSTART).getParameter("TZID").map(p -> p.getValue()))
			.contains("Europe/Oslo");
		RRule<?> rule = event.getRequiredProperty(Property.RRULE);
		assertThat(rule.getRecur().getFrequency().name()).isEqualTo("WEEKLY");
		assertThat(rule.getRecur().getInterval()).isEqualTo(2);
		assertThat(rule.getRecur().getDayList().stream().map(Object::toString)).containsExactly("TU", "TH");
		assertThat(rule.getValue()).contains("UNTIL=20270330T160000Z");
		assertThat(text).contains("EXDATE;TZID=Europe/Oslo:20261229T180000");

		// The recurrence as a calendar app expands it: every second week, never on the
		// exception, at 18:00 Oslo time in winter and summer alike.
		Set<LocalDate> dates = expand(event, first.minusDays(1), last.plusDays(30));
		assertThat(dates).contains(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 15),
				LocalDate.of(2027, 3, 25));
		assertThat(dates).doesNotContain(LocalDate.of(2026, 12, 8), skipped, LocalDate.of(2027, 4, 1));
		Schedule schedule = new Schedule.Recurring(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 2, first, last,
				Set.of(skipped), LocalTime.of(18, 0), LocalTime.of(20, 0));
		assertThat(dates)
			.isEqualTo(schedule.occurrences(first, last).stream().map(o -> o.date()).collect(Collectors.toSet()));

		assertThat(fetch("/api/v1/activities/" + id + "/calendar.ics")).as("stable output").isEqualTo(text);
	}

	@Test
	@DisplayName("a date the organisation cancels after publishing becomes an EXDATE; a cancelled one-off says STATUS:CANCELLED")
	void cancelledDates() throws Exception {
		LocalDate first = LocalDate.of(2027, 1, 5);
		LocalDate cancelled = LocalDate.of(2027, 1, 12);
		String weekly = SignUpActivities.publish(this.publishing, SignUpActivities.OSLO_ORG,
				new Schedule.Recurring(Set.of(DayOfWeek.TUESDAY), 1, first, LocalDate.of(2027, 2, 23), Set.of(),
						LocalTime.of(18, 0), LocalTime.of(20, 0)),
				10);
		this.lifecycle.cancelDate(weekly, cancelled).block();
		VEvent event = parse(fetch("/api/v1/activities/" + weekly + "/calendar.ics"))
			.<VEvent>getComponents(Component.VEVENT)
			.get(0);
		Set<LocalDate> dates = expand(event, first.minusDays(1), LocalDate.of(2027, 3, 1));
		assertThat(dates).contains(first, LocalDate.of(2027, 1, 19)).doesNotContain(cancelled);

		LocalDate day = LocalDate.of(2027, 6, 17);
		String once = SignUpActivities.oneOff(this.publishing, SignUpActivities.OSLO_ORG, day, null);
		assertThat(value(
				parse(fetch("/api/v1/activities/" + once + "/calendar.ics")).getComponents(Component.VEVENT).get(0),
				Property.STATUS))
			.isNull();
		this.lifecycle.cancelDate(once, day).block();
		assertThat(value(
				parse(fetch("/api/v1/activities/" + once + "/calendar.ics")).getComponents(Component.VEVENT).get(0),
				Property.STATUS))
			.isEqualTo("CANCELLED");
	}

	@Test
	@DisplayName("a one-off: one VEVENT without RRULE, 18:00-20:00 Oslo time; text/calendar in UTF-8")
	void oneOff() throws Exception {
		LocalDate date = LocalDate.of(2027, 6, 10);
		String id = SignUpActivities.oneOff(this.publishing, SignUpActivities.OSLO_ORG, date, null);
		String text = this.client.get()
			.uri("/api/v1/activities/{id}/calendar.ics", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/calendar;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		VEvent event = parse(text).<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(event.getProperty(Property.RRULE)).isEmpty();
		DtStart<ZonedDateTime> start = event.getRequiredProperty(Property.DTSTART);
		assertThat(start.getDate()).isEqualTo(ZonedDateTime.of(date, LocalTime.of(18, 0), HverdagClock.NORWAY));
		assertThat(start.getDate().toOffsetDateTime().getOffset().getTotalSeconds()).as("summer time").isEqualTo(7200);
		assertThat(value(event, Property.DTEND)).isEqualTo("20270610T200000");
	}

	@Test
	@DisplayName("an unknown activity has no calendar: 404")
	void unknown() {
		this.client.get()
			.uri("/api/v1/activities/no-such-activity/calendar.ics")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	@DisplayName("a person's sign-ups: by session, and by a secret feed address without one; a new address retires the old")
	void personalFeed() throws Exception {
		String person = Actors.newcomerSubject();
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, 1);
		WebClientSignUps.signUp(signedIn(this.client, person), id, SignUpActivities.NEXT_TUESDAY, "Amal",
				person + "@example.no");
		WebClientSignUps.signUp(signedIn(this.client, person), id, SignUpActivities.NEXT_TUESDAY.plusWeeks(1), "Amal",
				person + "@example.no");
		// Someone else takes the only place of the third Tuesday, so Amal waits for it.
		WebClientSignUps.signUp(this.client, id, SignUpActivities.NEXT_TUESDAY.plusWeeks(2), "Other",
				"other-" + person + "@example.no");
		WebClientSignUps.signUp(signedIn(this.client, person), id, SignUpActivities.NEXT_TUESDAY.plusWeeks(2), "Amal",
				person + "@example.no");

		String mine = this.client.mutateWith(Actors.as(person))
			.get()
			.uri("/api/v1/me/signups/calendar.ics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<VEvent> events = parse(mine).getComponents(Component.VEVENT);
		assertThat(events).hasSize(3);
		assertThat(events.stream().map(CalendarFeedTest::startOf)).containsExactlyInAnyOrder(
				at(SignUpActivities.NEXT_TUESDAY), at(SignUpActivities.NEXT_TUESDAY.plusWeeks(1)),
				at(SignUpActivities.NEXT_TUESDAY.plusWeeks(2)));
		assertThat(events.stream().map(e -> value(e, Property.STATUS))).containsExactlyInAnyOrder("CONFIRMED",
				"CONFIRMED", "TENTATIVE");

		String url = postJson(signedIn(this.client, person), Map.of(), "/api/v1/me/signups/calendar-feed")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("url")
			.toString();
		String path = url.substring(url.indexOf("/calendar/"));
		assertThat(path).matches("/calendar/[A-Za-z0-9_-]{43}\\.ics");
		String subscribed = fetch(path);
		assertThat(parse(subscribed).getComponents(Component.VEVENT)).hasSize(3);

		postJson(signedIn(this.client, person), Map.of(), "/api/v1/me/signups/calendar-feed").expectStatus()
			.isCreated();
		this.client.get().uri(path).exchange().expectStatus().isNotFound();
		this.client.get().uri("/calendar/not-a-feed.ics").exchange().expectStatus().isNotFound();
	}

	/**
	 * 18:00 in Oslo on that date, as an offset time (parsed zones get ical4j's own ids).
	 */
	private static java.time.OffsetDateTime at(LocalDate date) {
		return ZonedDateTime.of(date, LocalTime.of(18, 0), HverdagClock.NORWAY).toOffsetDateTime();
	}

	private static java.time.OffsetDateTime startOf(VEvent event) {
		DtStart<ZonedDateTime> start = event.getRequiredProperty(Property.DTSTART);
		return start.getDate().toOffsetDateTime();
	}

	private String fetch(String path) {
		return this.client.get()
			.uri(path)
			.accept(MediaType.parseMediaType("text/calendar"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static String value(Component component, String name) {
		return component.getProperty(name).map(Property::getValue).orElse(null);
	}

	private static Set<LocalDate> expand(VEvent event, LocalDate from, LocalDate to) {
		Set<Period<Temporal>> periods = event
			.calculateRecurrenceSet(new Period<>(ZonedDateTime.of(from, LocalTime.MIDNIGHT, HverdagClock.NORWAY),
					ZonedDateTime.of(to, LocalTime.MIDNIGHT, HverdagClock.NORWAY)));
		periods.forEach(
				p -> assertThat(ZonedDateTime.from(p.getStart()).withZoneSameInstant(HverdagClock.NORWAY).toLocalTime())
					.isEqualTo(LocalTime.of(18, 0)));
		return periods.stream()
			.map(p -> ZonedDateTime.from(p.getStart()).withZoneSameInstant(HverdagClock.NORWAY).toLocalDate())
			.collect(Collectors.toSet());
	}

}
