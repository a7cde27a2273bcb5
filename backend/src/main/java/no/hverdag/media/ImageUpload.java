package no.hverdag.media;

import java.util.ArrayList;
import java.util.List;

import no.hverdag.shared.HverdagException.FieldProblem;

/**
 * The rules an upload meets before any decoding: a file, not over the size limit, and an
 * alternative text that says what the picture shows.
 */
public record ImageUpload(byte[] bytes, String alt, String altLanguage) {

	/** The largest file accepted: 5 MB. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The longest alternative text. */
	public static final int MAX_ALT = 250;

	public ImageUpload {
		alt = alt == null ? "" : alt.strip();
	}

	/** What is wrong, field by field ({@code file}, {@code alt}); empty when nothing. */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.bytes == null || this.bytes.length == 0) {
			problems.add(new FieldProblem("file", "validation.media.file"));
		}
		else if (this.bytes.length > MAX_BYTES) {
			problems.add(new FieldProblem("file", "validation.media.tooLarge"));
		}
		if (this.alt.isEmpty() || this.alt.length() > MAX_ALT) {
			problems.add(new FieldProblem("alt", "validation.media.alt"));
		}
		return problems;
	}

}
