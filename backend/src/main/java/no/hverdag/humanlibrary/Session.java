package no.hverdag.humanlibrary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.hverdag.shared.HverdagException.FieldProblem;

/**
 * When a person to borrow is at the library: every {@code weekday} (recurring) or on one
 * {@code date}, from {@code start} to {@code end} in a room, cut into slots of
 * {@code slotMinutes}. Times are on the quarter hour, so slots of different sessions
 * compare by quarter hours (see the overlap rule in {@code SlotBooking}).
 */
public record Session(String id, String libraryId, String personId, String room, DayOfWeek weekday, LocalDate date,
		LocalTime start, LocalTime end, int slotMinutes, boolean cancelled, int capacity, List<String> topics,
		List<String> languages, int generation) {

	/** Places per slot when staff have not said otherwise (sessions before issue 12). */
	public static final int DEFAULT_CAPACITY = 1;

	public Session {
		capacity = capacity < 1 ? DEFAULT_CAPACITY : capacity;
		topics = topics == null ? List.of() : List.copyOf(topics);
		languages = languages == null ? List.of() : List.copyOf(languages);
	}

	/**
	 * The id of this session's slot at a time. Derived from person and time, so planning
	 * again lands on the same slot; an edit of the times starts a new generation, so the
	 * slots a move creates never meet the ones it leaves (issue 12).
	 */
	public String slotId(LocalDate day, LocalTime slotStart) {
		String id = Slot.idFor(this.personId, day, slotStart);
		return this.generation == 0 ? id : id + "~" + this.generation;
	}

	/** Whether both sessions can fall on one day and their hours overlap. */
	public boolean overlaps(Session other) {
		boolean sameDay;
		if (this.date != null && other.date != null) {
			sameDay = this.date.equals(other.date);
		}
		else if (this.date != null) {
			sameDay = this.date.getDayOfWeek() == other.weekday;
		}
		else if (other.date != null) {
			sameDay = other.date.getDayOfWeek() == this.weekday;
		}
		else {
			sameDay = this.weekday == other.weekday;
		}
		return sameDay && this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

	/** Whether another session has other clock times (so its slots move). */
	public boolean otherTimesThan(Session other) {
		return !this.start.equals(other.start) || !this.end.equals(other.end) || this.slotMinutes != other.slotMinutes;
	}

	/** The start times of the slots on one day. */
	public List<LocalTime> slotStarts() {
		List<LocalTime> starts = new ArrayList<>();
		for (LocalTime t = this.start; !t.plusMinutes(this.slotMinutes).isAfter(this.end)
				&& t.isBefore(this.end); t = t.plusMinutes(this.slotMinutes)) {
			starts.add(t);
		}
		return starts;
	}

	/** The days of this session from {@code from} to {@code last}, both included. */
	public Stream<LocalDate> daysBetween(LocalDate from, LocalDate last) {
		if (this.date != null) {
			return this.date.isBefore(from) || this.date.isAfter(last) ? Stream.empty() : Stream.of(this.date);
		}
		return from.datesUntil(last.plusDays(1)).filter(day -> day.getDayOfWeek() == this.weekday);
	}

	/** What staff fill in. {@code kind} is WEEKLY or ONE_OFF. */
	public record Form(String personId, String kind, String dayOfWeek, String date, String start, String end,
			String slotMinutes, String room) {

		public List<FieldProblem> problems(LocalDate today) {
			List<FieldProblem> problems = new ArrayList<>();
			if (blank(this.personId)) {
				problems.add(new FieldProblem("personId", "validation.session.person"));
			}
			if ("ONE_OFF".equals(this.kind)) {
				LocalDate day = day();
				if (day == null || day.isBefore(today) || day.isAfter(today.plusYears(1))) {
					problems.add(new FieldProblem("date", "validation.session.date"));
				}
			}
			else if (!"WEEKLY".equals(this.kind) || weekday() == null) {
				problems.add(new FieldProblem("dayOfWeek", "validation.session.dayOfWeek"));
			}
			LocalTime from = time(this.start);
			LocalTime to = time(this.end);
			Integer minutes = minutes();
			if (from == null || to == null || !from.isBefore(to)) {
				problems.add(new FieldProblem("start", "validation.session.times"));
			}
			else if (minutes == null || from.plusMinutes(minutes).isAfter(to)) {
				problems.add(new FieldProblem("slotMinutes", "validation.session.slotMinutes"));
			}
			if (blank(this.room) || this.room.strip().length() > 60) {
				problems.add(new FieldProblem("room", "validation.session.room"));
			}
			return problems;
		}

		public Session toSession(String id, String libraryId) {
			boolean once = "ONE_OFF".equals(this.kind);
			return new Session(id, libraryId, this.personId, this.room.strip(), once ? null : weekday(),
					once ? day() : null, time(this.start), time(this.end), minutes(), false, DEFAULT_CAPACITY,
					List.of(), List.of(), 0);
		}

		private DayOfWeek weekday() {
			try {
				return this.dayOfWeek == null ? null : DayOfWeek.valueOf(this.dayOfWeek);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		private LocalDate day() {
			try {
				return this.date == null ? null : LocalDate.parse(this.date.strip());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		private Integer minutes() {
			return slotLength(this.slotMinutes);
		}

		/** A slot length: 15 to 120 minutes in quarter hours. */
		static Integer slotLength(String text) {
			try {
				int value = Integer.parseInt(text == null ? "" : text.strip());
				return value >= 15 && value <= 120 && value % 15 == 0 ? value : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		/** A time on the quarter hour. */
		static LocalTime time(String value) {
			try {
				LocalTime time = value == null ? null : LocalTime.parse(value.strip());
				return time != null && time.getMinute() % 15 == 0 && time.getSecond() == 0 ? time : null;
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}

	}

}
