package no.hverdag.shared;

import java.util.List;

/**
 * A failure caused by what the user asked for, never by a defect. Each kind maps to one
 * HTTP status and carries a message key so that pages and problem details speak the
 * user's language.
 */
public abstract sealed class HverdagException extends RuntimeException permits HverdagException.NotFound,
		HverdagException.Forbidden, HverdagException.Conflict, HverdagException.InvalidInput {

	private final String messageKey;

	private final transient Object[] arguments;

	protected HverdagException(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** The thing asked for does not exist (or is not visible to this user). */
	public static final class NotFound extends HverdagException {

		public NotFound(String what, String id) {
			super("error.notFound." + what, id);
		}

	}

	/**
	 * The user is known but may not do this here (outside their municipality,
	 * organisation or library).
	 */
	public static final class Forbidden extends HverdagException {

		public Forbidden(String messageKey) {
			super(messageKey);
		}

	}

	/**
	 * The request is valid but the state does not allow it (a full slot, an organisation
	 * already decided).
	 */
	public static non-sealed class Conflict extends HverdagException {

		public Conflict(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}

	}

	/**
	 * Input that looked fine field by field but does not fit the world, e.g. an unknown
	 * municipality.
	 */
	public static final class InvalidInput extends HverdagException {

		private final List<FieldProblem> fieldProblems;

		public InvalidInput(List<FieldProblem> fieldProblems) {
			super("error.invalidInput");
			this.fieldProblems = List.copyOf(fieldProblems);
		}

		public InvalidInput(String field, String messageKey) {
			this(List.of(new FieldProblem(field, messageKey)));
		}

		public List<FieldProblem> fieldProblems() {
			return this.fieldProblems;
		}

	}

	/** One field's problem, as a message key. */
	public record FieldProblem(String field, String messageKey) {
	}

}
