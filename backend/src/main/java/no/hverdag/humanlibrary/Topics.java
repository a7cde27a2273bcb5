package no.hverdag.humanlibrary;

import java.util.List;

/**
 * The topics a volunteer can offer, as message keys ({@code topic.<key>}); a volunteer
 * may add one in their own words as well.
 */
public final class Topics {

	public static final List<String> KEYS = List.of("norwegian-conversation", "cv-and-applications",
			"school-and-kindergarten", "letters-from-offices", "job-interview", "bike-repair", "knitting",
			"digital-help", "outdoor-life");

	/**
	 * The languages a volunteer can say they speak (codes with {@code language.<code>}).
	 */
	public static final List<String> LANGUAGES = List.of("no", "en", "ar", "uk", "so", "ti", "fa", "pl", "ku", "ru");

	private Topics() {
	}

}
