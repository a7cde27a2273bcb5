package no.hverdag.humanlibrary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.HverdagException.FieldProblem;

/**
 * A local offering themselves as a person to borrow at one library. It waits for that
 * library's staff: approved, it becomes a {@link PersonToBorrow} with the same id;
 * rejected, it stays only as the volunteer's record.
 */
public record VolunteerOffer(String id, String issuer, String subject, String libraryId, String firstName,
		List<String> topics, String otherTopic, List<String> languages, String presentation, String contact,
		Status status, Instant submittedAt, Instant decidedAt, String lang) {

	public VolunteerOffer {
		// The language the volunteer offered in: their messages (a guest has arrived) are
		// written in it.
		lang = lang == null || lang.isBlank() ? "nb" : lang;
		topics = List.copyOf(topics);
		languages = List.copyOf(languages);
	}

	public enum Status {

		PENDING, APPROVED, REJECTED

	}

	/** What a volunteer fills in; checked with {@link #problems()}. */
	public record Form(String firstName, List<String> topics, String otherTopic, List<String> languages,
			String presentation, List<String> libraries, String contact) {

		public Form {
			firstName = strip(firstName);
			otherTopic = strip(otherTopic);
			presentation = strip(presentation);
			contact = strip(contact);
			topics = topics == null ? List.of() : List.copyOf(topics);
			languages = languages == null ? List.of() : List.copyOf(languages);
			libraries = libraries == null ? List.of() : List.copyOf(libraries);
		}

		public static Form empty(String firstName) {
			return new Form(firstName, List.of(), "", List.of(), "", List.of(), "");
		}

		/** Field problems as message keys; empty when the form can be sent. */
		public List<FieldProblem> problems() {
			List<FieldProblem> problems = new ArrayList<>();
			if (this.firstName.isEmpty() || this.firstName.length() > 60) {
				problems.add(new FieldProblem("firstName", "validation.firstName"));
			}
			if ((this.topics.isEmpty() && this.otherTopic.isEmpty()) || !Topics.KEYS.containsAll(this.topics)
					|| this.otherTopic.length() > 80) {
				problems.add(new FieldProblem("topics", "validation.offer.topics"));
			}
			if (this.languages.isEmpty() || !Topics.LANGUAGES.containsAll(this.languages)) {
				problems.add(new FieldProblem("languages", "validation.offer.languages"));
			}
			if (this.presentation.isEmpty() || this.presentation.length() > 500) {
				problems.add(new FieldProblem("presentation", "validation.offer.presentation"));
			}
			if (this.libraries.isEmpty() || this.libraries.size() > 5) {
				problems.add(new FieldProblem("libraries", "validation.offer.libraries"));
			}
			if (!this.contact.isEmpty() && ContactPoint.parse(this.contact).isEmpty()) {
				problems.add(new FieldProblem("contact", "validation.contact"));
			}
			return problems;
		}

		private static String strip(String value) {
			return value == null ? "" : value.strip();
		}

	}

}
