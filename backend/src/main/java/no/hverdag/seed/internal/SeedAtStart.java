package no.hverdag.seed.internal;

/**
 * When the demo seeds run at start ({@code hverdag.seed.at-start}, issue 18). They are
 * content, not what the first request or crash recovery needs; a fresh store spent about
 * a second writing them before the server could answer.
 */
enum SeedAtStart {

	/**
	 * After the steps on the start path, while the server already answers;
	 * {@code /readyz} says "not ready", writes wait and the search index is built after
	 * them.
	 */
	BACKGROUND,

	/** Before the server starts (the tests, so that none meets a half-seeded node). */
	BEFORE_TRAFFIC

}
