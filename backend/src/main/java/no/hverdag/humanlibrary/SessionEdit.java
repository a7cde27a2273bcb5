package no.hverdag.humanlibrary;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import no.hverdag.shared.HverdagException.FieldProblem;

/**
 * What library staff change in a session (issue 12): its clock times, the room, the
 * places per slot, and the topics and languages shown for it. A field left out (null)
 * keeps its value, so the same record serves a page, a PUT and a PATCH. The rules are
 * decided here, in plain Java: valid values, no overlap with another session of the same
 * volunteer, never fewer places than are booked, and no booked slot left without a time.
 */
public record SessionEdit(String start, String end, String slotMinutes, String room, String capacity,
		List<String> topics, List<String> languages) {

	/** The most places one slot may have. */
	public static final int MAX_CAPACITY = 20;

	/**
	 * The session as edited, or the problems that refuse the edit.
	 * @param others the volunteer's other active sessions
	 * @param future the session's slots still to come, with their bookings counted
	 */
	public Decision decide(Session session, List<Session> others, List<Slot> future) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalTime from = this.start == null ? session.start() : Session.Form.time(this.start);
		LocalTime to = this.end == null ? session.end() : Session.Form.time(this.end);
		Integer minutes = this.slotMinutes == null ? Integer.valueOf(session.slotMinutes())
				: Session.Form.slotLength(this.slotMinutes);
		if (from == null || to == null || !from.isBefore(to)) {
			problems.add(new FieldProblem("start", "validation.session.times"));
		}
		else if (minutes == null || from.plusMinutes(minutes).isAfter(to)) {
			problems.add(new FieldProblem("slotMinutes", "validation.session.slotMinutes"));
		}
		String newRoom = this.room == null ? session.room() : this.room.strip();
		if (newRoom.isEmpty() || newRoom.length() > 60) {
			problems.add(new FieldProblem("room", "validation.session.room"));
		}
		Integer places = this.capacity == null ? Integer.valueOf(session.capacity()) : places(this.capacity);
		if (places == null) {
			problems.add(new FieldProblem("capacity", "validation.session.capacity"));
		}
		List<String> newTopics = this.topics == null ? session.topics() : this.topics;
		if (!Topics.KEYS.containsAll(newTopics)) {
			problems.add(new FieldProblem("topics", "validation.session.topics"));
		}
		List<String> newLanguages = this.languages == null ? session.languages() : this.languages;
		if (!Topics.LANGUAGES.containsAll(newLanguages)) {
			problems.add(new FieldProblem("languages", "validation.session.languages"));
		}
		if (!problems.isEmpty()) {
			return new Decision(null, problems);
		}
		Session draft = new Session(session.id(), session.libraryId(), session.personId(), newRoom, session.weekday(),
				session.date(), from, to, minutes, false, places, newTopics, newLanguages, session.generation());
		boolean moves = draft.otherTimesThan(session);
		Session edited = moves ? withGeneration(draft, session.generation() + 1) : draft;
		if (others.stream().anyMatch(other -> !other.id().equals(session.id()) && other.overlaps(edited))) {
			problems.add(new FieldProblem("start", "validation.session.overlap"));
		}
		int newSlots = edited.slotStarts().size();
		for (Slot slot : future) {
			int booked = slot.capacity() - slot.remaining();
			if (booked > places) {
				problems.add(new FieldProblem("capacity", "validation.session.capacityBelowBooked"));
				break;
			}
		}
		if (moves && future.stream()
			.anyMatch(slot -> slot.capacity() > slot.remaining()
					&& session.slotStarts().indexOf(slot.start()) >= newSlots)) {
			problems.add(new FieldProblem("end", "validation.session.bookedSlotWouldGo"));
		}
		return problems.isEmpty() ? new Decision(edited, List.of()) : new Decision(null, problems);
	}

	/**
	 * Where a slot of the old session goes: the slot with the same place in the day's
	 * order under the new times, or null if the new times have fewer slots.
	 */
	public static LocalTime movedStart(Session before, Session after, LocalTime oldStart) {
		int index = before.slotStarts().indexOf(oldStart);
		List<LocalTime> starts = after.slotStarts();
		return index < 0 || index >= starts.size() ? null : starts.get(index);
	}

	private static Session withGeneration(Session s, int generation) {
		return new Session(s.id(), s.libraryId(), s.personId(), s.room(), s.weekday(), s.date(), s.start(), s.end(),
				s.slotMinutes(), s.cancelled(), s.capacity(), s.topics(), s.languages(), generation);
	}

	private static Integer places(String text) {
		try {
			int value = Integer.parseInt(text.strip());
			return value >= 1 && value <= MAX_CAPACITY ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The edited session, or why not. */
	public record Decision(Session edited, List<FieldProblem> problems) {

		public Decision {
			problems = List.copyOf(problems);
		}

		public boolean refused() {
			return this.edited == null;
		}

	}

}
