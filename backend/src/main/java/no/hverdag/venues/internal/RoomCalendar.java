package no.hverdag.venues.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.hverdag.booking.Period;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.venues.Room;
import no.hverdag.venues.RoomBooking;
import no.hverdag.venues.Venue;

/**
 * A room's approved bookings as iCalendar, written by ical4j: one VEVENT per period (a
 * weekly booking's periods are its own dates, so a cancelled week never shows), times in
 * Europe/Oslo with its VTIMEZONE. No holder names: a public feed says "booked".
 */
final class RoomCalendar {

	private static final String ZONE = "Europe/Oslo";

	/**
	 * Oslo's VTIMEZONE, read on the first feed asked for (on a bounded scheduler) rather
	 * than when the API controller is made: ical4j's zone registry took about half a
	 * second of every start (issue 18).
	 */
	private static final class Oslo {

		static final VTimeZone TIME_ZONE = read();

		private static VTimeZone read() {
			VTimeZone oslo = TimeZoneRegistryFactory.getInstance()
				.createRegistry()
				.getTimeZone(ZONE)
				.getVTimeZone()
				.copy();
			// ical4j names Oslo's rules Europe/Berlin (the tzdb link target); see
			// ICalendars.
			oslo.replace(new TzId(ZONE));
			oslo.removeAll(Property.TZURL, "X-LIC-LOCATION");
			return oslo;
		}

	}

	String room(Venue venue, Room room, List<RoomBooking> bookings, String bookedText) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Hverdag//Hverdag 1.0//NB"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", venue.name() + " – " + room.name()));
		calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
		calendar.add(Oslo.TIME_ZONE);
		for (RoomBooking booking : bookings) {
			for (Period period : booking.periods()) {
				VEvent event = new VEvent(zoned(period.start()), zoned(period.end()), bookedText);
				event.add(new Uid(booking.id() + "-" + period.start().toLocalDate() + "@venues.hverdag.no"));
				event.add(new Status(Status.VALUE_CONFIRMED));
				event.add(new Location(venue.name() + ", " + venue.address()));
				event.replace(new DtStamp(booking.requestedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
				calendar.add(event);
			}
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static ZonedDateTime zoned(java.time.LocalDateTime time) {
		return time.atZone(HverdagClock.NORWAY);
	}

}
