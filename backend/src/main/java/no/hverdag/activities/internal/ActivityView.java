package no.hverdag.activities.internal;

import java.time.LocalDate;
import java.util.List;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.Occurrence;

/**
 * An activity as a page shows it to one reader: the text in their language (or the
 * fallback, with its language so screen readers pronounce it right), when it happens in
 * words, its municipality's name, the next days it happens and the description as safe
 * HTML.
 */
public record ActivityView(Activity activity, String municipalityName, LocalDate nextDate, String textLanguage,
		ActivityTexts.Text text, String when, String descriptionHtml, List<Occurrence> upcoming, Double distanceKm) {

	public String title() {
		return this.text.title();
	}

	/** The writing direction of the text shown. */
	public String dir() {
		return no.hverdag.shared.i18n.SupportedLanguage.rightToLeft(this.textLanguage) ? "rtl" : "ltr";
	}

	/**
	 * The language attribute for the text: bokmål and nynorsk are Norwegian to a page.
	 */
	public String lang() {
		return this.textLanguage;
	}

}
