package no.hverdag.signups.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import no.hverdag.activities.Activity;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.signups.SignUp;
import no.hverdag.signups.SignUpStatus;

/**
 * iCalendar (RFC 5545) text for activities and sign-ups, written with ical4j: plain Java
 * with no I/O of its own once the Europe/Oslo time zone is loaded (from ical4j's jar,
 * once, when this class is made; updates from the network are off in
 * {@code ical4j.properties}). Times are local to Europe/Oslo with its VTIMEZONE, so
 * calendars keep 18:00 at 18:00 across daylight saving. UIDs are stable, so a subscribed
 * calendar updates in place.
 */
final class ICalendars {

	static final String ZONE = "Europe/Oslo";

	private static final String PRODUCT = "-//Hverdag//Hverdag 1.0//NB";

	private final VTimeZone timeZone;

	private final String baseUrl;

	ICalendars(String baseUrl) {
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		// ical4j's zone data (from tzurl.org) names Oslo's definition by its tzdb link
		// target, Europe/Berlin: the same rules since 1980. Events say TZID=Europe/Oslo,
		// and a VTIMEZONE must carry the TZID they refer to, so it is renamed here.
		VTimeZone oslo = registry.getTimeZone(ZONE).getVTimeZone().copy();
		oslo.replace(new net.fortuna.ical4j.model.property.TzId(ZONE));
		oslo.removeAll(Property.TZURL, "X-LIC-LOCATION");
		this.timeZone = oslo;
		this.baseUrl = baseUrl;
	}

	/**
	 * One activity: a single event for a one-off; for a recurring one, the first
	 * occurrence with a weekly RRULE (INTERVAL=2 every second week, BYDAY, UNTIL the last
	 * date) and an EXDATE for each date it is skipped or was cancelled.
	 */
	String activity(Activity activity, String language) {
		Calendar calendar = calendar(activity.title());
		calendar.add(activityEvent(activity, language));
		return write(calendar);
	}

	/** A person's sign-ups; a place on the waiting list is TENTATIVE. */
	String signUps(List<SignUp> signUps, Map<String, Activity> activities, String language, String name) {
		Calendar calendar = calendar(name);
		for (SignUp signUp : signUps) {
			Activity activity = activities.get(signUp.activityId());
			if (activity == null || !signUp.active()) {
				continue;
			}
			VEvent event = new VEvent(at(signUp.date(), signUp.start()), at(signUp.date(), signUp.end()),
					activity.texts().in(language).title());
			event.add(new Uid(signUp.id() + "@signups.hverdag.no"));
			event.add(new Status(
					signUp.status() == SignUpStatus.CONFIRMED ? Status.VALUE_CONFIRMED : Status.VALUE_TENTATIVE));
			describe(event, activity, language);
			stamp(event, signUp.signedUpAt());
			calendar.add(event);
		}
		return write(calendar);
	}

	private VEvent activityEvent(Activity activity, String language) {
		Schedule schedule = activity.schedule();
		String title = activity.texts().in(language).title();
		VEvent event;
		if (schedule instanceof Schedule.OneOff once) {
			event = new VEvent(at(once.date(), once.start()), at(once.date(), once.end()), title);
			if (activity.cancelledDates().contains(once.date())) {
				// Kept with STATUS:CANCELLED (not dropped) so a subscribed calendar shows
				// it
				// called off instead of silently losing it.
				event.add(new Status(Status.VALUE_CANCELLED));
			}
		}
		else {
			Schedule.Recurring recurring = (Schedule.Recurring) schedule;
			LocalDate first = firstDate(recurring, activity.publishedAt());
			event = new VEvent(at(first, recurring.start()), at(first, recurring.end()), title);
			Recur.Builder<Instant> recur = new Recur.Builder<Instant>().frequency(Frequency.WEEKLY)
				.dayList(recurring.days().stream().sorted().map(ICalendars::weekDay).toList())
				.weekStartDay(WeekDay.MO);
			if (recurring.everyWeeks() == 2) {
				recur.interval(2);
			}
			if (recurring.lastDate() != null) {
				// With a zoned DTSTART, UNTIL is given in UTC (RFC 5545, 3.3.10).
				recur.until(at(recurring.lastDate(), recurring.start()).toInstant());
			}
			event.add(new RRule<>(recur.build()));
			// Dates the organisation cancelled after publishing are skipped like the
			// schedule's own exceptions.
			List<ZonedDateTime> skipped = Stream
				.concat(recurring.exceptions().stream(), activity.cancelledDates().stream())
				.distinct()
				.filter(day -> !day.isBefore(first) && recurring.days().contains(day.getDayOfWeek()))
				.sorted()
				.map(day -> at(day, recurring.start()))
				.toList();
			if (!skipped.isEmpty()) {
				event.add(new ExDate<>(new ParameterList(List.of(new TzId(ZONE))), new DateList<>(skipped)));
			}
		}
		event.add(new Uid(activity.id() + "@activities.hverdag.no"));
		describe(event, activity, language);
		stamp(event, activity.publishedAt());
		return event;
	}

	/**
	 * The first day the pattern falls on (exceptions included, they are EXDATEs): from
	 * the first date, else from the day it was published.
	 */
	private static LocalDate firstDate(Schedule.Recurring recurring, Instant publishedAt) {
		LocalDate from = recurring.firstDate() != null ? recurring.firstDate()
				: LocalDate.ofInstant(publishedAt == null ? Instant.EPOCH : publishedAt, HverdagClock.NORWAY);
		Schedule.Recurring withoutExceptions = new Schedule.Recurring(recurring.days(), recurring.everyWeeks(),
				recurring.firstDate(), recurring.lastDate(), Set.of(), recurring.start(), recurring.end());
		return withoutExceptions.nextOccurrence(from).orElse(from);
	}

	private void describe(VEvent event, Activity activity, String language) {
		String description = activity.texts().in(language).description();
		if (description != null && !description.isBlank()) {
			event.add(new Description(description));
		}
		Place place = activity.place();
		String where = place.address() == null || place.address().isBlank() ? place.name()
				: place.name() + ", " + place.address();
		event.add(new Location(where));
		if (place.hasPoint()) {
			event.add(new Geo(BigDecimal.valueOf(place.lat()), BigDecimal.valueOf(place.lon())));
		}
		event.add(new Url(URI.create(this.baseUrl + "/activities/" + activity.id())));
	}

	/**
	 * A fixed DTSTAMP (the VEvent constructor stamps "now"), so the same data gives the
	 * same feed and calendar apps see no change where there is none.
	 */
	private static void stamp(VEvent event, Instant at) {
		event
			.replace(new DtStamp((at == null ? Instant.EPOCH : at).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
	}

	private Calendar calendar(String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
		calendar.add(this.timeZone);
		return calendar;
	}

	private static ZonedDateTime at(LocalDate date, LocalTime time) {
		return ZonedDateTime.of(date, time, HverdagClock.NORWAY);
	}

	private static WeekDay weekDay(DayOfWeek day) {
		return switch (day) {
			case MONDAY -> WeekDay.MO;
			case TUESDAY -> WeekDay.TU;
			case WEDNESDAY -> WeekDay.WE;
			case THURSDAY -> WeekDay.TH;
			case FRIDAY -> WeekDay.FR;
			case SATURDAY -> WeekDay.SA;
			case SUNDAY -> WeekDay.SU;
		};
	}

	private static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
