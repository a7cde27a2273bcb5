package no.hverdag.humanlibrary.internal;

import java.util.List;

import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Session;
import no.hverdag.humanlibrary.SessionEdit;
import no.hverdag.humanlibrary.SessionEdits;
import no.hverdag.humanlibrary.Topics;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Issue 12: library staff edit a session on a page of its own: times, room, places per
 * slot, topics and languages. Refusals (an overlap with the volunteer's other session,
 * fewer places than booked) are shown at their fields with what was typed kept.
 */
@PageController
class SessionEditPages {

	private final SessionEdits edits;

	private final Libraries libraries;

	SessionEditPages(SessionEdits edits, Libraries libraries) {
		this.edits = edits;
		this.libraries = libraries;
	}

	@GetMapping("/staff/libraries/{libraryId}/sessions/{sessionId}/edit")
	Mono<Rendering> form(@PathVariable String libraryId, @PathVariable String sessionId) {
		return CurrentActor.required()
			.flatMap(actor -> this.edits.find(actor, libraryId, sessionId))
			.flatMap(session -> page(libraryId, session, EditForm.of(session), List.of(), HttpStatus.OK));
	}

	@PostMapping("/staff/libraries/{libraryId}/sessions/{sessionId}/edit")
	Mono<Rendering> save(@PathVariable String libraryId, @PathVariable String sessionId,
			@ModelAttribute EditForm typed) {
		return CurrentActor.required()
			.flatMap(actor -> this.edits.edit(actor, libraryId, sessionId, typed.toEdit())
				.thenReturn(StaffPages.back(libraryId, "sessionEdited"))
				.onErrorResume(HverdagException.InvalidInput.class,
						invalid -> this.edits.find(actor, libraryId, sessionId)
							.flatMap(session -> page(libraryId, session, typed, invalid.fieldProblems(),
									HttpStatus.BAD_REQUEST))));
	}

	private Mono<Rendering> page(String libraryId, Session session, EditForm typed,
			List<HverdagException.FieldProblem> problems, HttpStatus status) {
		return this.libraries.find(libraryId)
			.map(library -> Rendering.view("humanlibrary/session-edit")
				.status(status)
				.modelAttribute("library", library)
				.modelAttribute("editedSession", session)
				.modelAttribute("typed", typed)
				.modelAttribute("problems", problems)
				.modelAttribute("problemFields", problems.stream().map(HverdagException.FieldProblem::field).toList())
				.modelAttribute("topicKeys", Topics.KEYS)
				.modelAttribute("languageCodes", Topics.LANGUAGES)
				.build());
	}

	/** The edit form as posted; no box ticked means the volunteer's own topics. */
	public record EditForm(String start, String end, String slotMinutes, String room, String capacity,
			List<String> topics, List<String> languages) {

		public EditForm {
			topics = topics == null ? List.of() : topics;
			languages = languages == null ? List.of() : languages;
		}

		static EditForm of(Session s) {
			return new EditForm(s.start().toString(), s.end().toString(), String.valueOf(s.slotMinutes()), s.room(),
					String.valueOf(s.capacity()), s.topics(), s.languages());
		}

		SessionEdit toEdit() {
			return new SessionEdit(this.start == null ? "" : this.start, this.end == null ? "" : this.end,
					this.slotMinutes == null ? "" : this.slotMinutes, this.room == null ? "" : this.room,
					this.capacity == null ? "" : this.capacity, this.topics, this.languages);
		}

	}

}
