package no.hverdag.buddies;

/**
 * What someone insists on in a buddy. Wishes are hard constraints: a pair that breaks one
 * is never proposed.
 *
 * @param sameGender a buddy of the same gender (needs one's own gender)
 * @param similarAge a buddy at most one age band apart
 * @param speaks a buddy who speaks this language (ISO 639-1), or {@code null}
 */
public record Wishes(boolean sameGender, boolean similarAge, String speaks) {

	public static final Wishes NONE = new Wishes(false, false, null);

	public Wishes {
		speaks = speaks == null || speaks.isBlank() ? null : speaks.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
