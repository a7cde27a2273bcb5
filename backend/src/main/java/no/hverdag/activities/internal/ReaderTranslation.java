package no.hverdag.activities.internal;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.translation.MachineTranslation;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * An activity's text in the reader's language when the organisation has not written one:
 * a machine's translation of the original, marked as such, with the original kept one
 * click away. Empty (the page shows the original, as without a translation server) when
 * the organisation wrote the reader's language itself or no translation is to be had.
 */
@Component
class ReaderTranslation {

	private final MachineTranslation machine;

	private final DescriptionRenderer descriptions;

	ReaderTranslation(MachineTranslation machine, DescriptionRenderer descriptions) {
		this.machine = machine;
		this.descriptions = descriptions;
	}

	Mono<MachineTranslatedText> of(Activity activity, String readerLanguage) {
		ActivityTexts texts = activity.texts();
		if (!this.machine.enabled() || texts.versions().containsKey(readerLanguage)) {
			return Mono.empty();
		}
		String from = texts.originalLanguage();
		ActivityTexts.Text original = texts.original();
		Mono<MachineTranslation.Translated> description = original.description().isBlank()
				? Mono.just(new MachineTranslation.Translated("", from, readerLanguage, ""))
				: this.machine.translate(original.description(), from, readerLanguage);
		return Mono.zip(this.machine.translate(original.title(), from, readerLanguage), description)
			.map(both -> new MachineTranslatedText(both.getT1().text(),
					this.descriptions.toHtml(both.getT2().text(), activity.format()), readerLanguage, from,
					both.getT1().engine(), original.title(),
					this.descriptions.toHtml(original.description(), activity.format())));
	}

	/**
	 * What the page shows for a machine-translated activity.
	 *
	 * @param title the translated title
	 * @param descriptionHtml the translated description, as safe HTML
	 * @param language the translation's language
	 * @param originalLanguage the original's language
	 * @param engine the translator's name
	 * @param originalTitle the original title
	 * @param originalDescriptionHtml the original description, as safe HTML
	 */
	record MachineTranslatedText(String title, String descriptionHtml, String language, String originalLanguage,
			String engine, String originalTitle, String originalDescriptionHtml) {

		public String dir() {
			return "ar".equals(this.language) || "fa".equals(this.language) ? "rtl" : "ltr";
		}

		public String originalDir() {
			return "ar".equals(this.originalLanguage) || "fa".equals(this.originalLanguage) ? "rtl" : "ltr";
		}

	}

}
