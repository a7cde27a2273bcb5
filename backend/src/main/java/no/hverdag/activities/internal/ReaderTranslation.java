package no.hverdag.activities.internal;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.shared.i18n.SupportedLanguage;
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
		ActivityTexts.Text original = texts.original();
		return translated(activity, readerLanguage).map(machine -> new MachineTranslatedText(machine.text().title(),
				this.descriptions.toHtml(machine.text().description(), activity.format()), readerLanguage,
				texts.originalLanguage(), machine.engine(), original.title(),
				this.descriptions.toHtml(original.description(), activity.format())));
	}

	/**
	 * The original title and description in {@code language} as the machine has them
	 * (plain, as written), with the translator's name; empty when there is none.
	 */
	Mono<MachineText> translated(Activity activity, String language) {
		String from = activity.texts().originalLanguage();
		ActivityTexts.Text original = activity.texts().original();
		Mono<MachineTranslation.Translated> description = original.description().isBlank()
				? Mono.just(new MachineTranslation.Translated("", from, language, ""))
				: this.machine.translate(original.description(), from, language);
		return Mono.zip(this.machine.translate(original.title(), from, language), description)
			.map(both -> new MachineText(new ActivityTexts.Text(both.getT1().text(), both.getT2().text()),
					both.getT1().engine()));
	}

	/** A machine's translation of an activity's text, and which translator made it. */
	record MachineText(ActivityTexts.Text text, String engine) {
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
			return SupportedLanguage.rightToLeft(this.language) ? "rtl" : "ltr";
		}

		public String originalDir() {
			return SupportedLanguage.rightToLeft(this.originalLanguage) ? "rtl" : "ltr";
		}

	}

}
