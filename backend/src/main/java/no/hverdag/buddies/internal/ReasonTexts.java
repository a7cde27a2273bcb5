package no.hverdag.buddies.internal;

import java.util.List;
import java.util.Locale;

import no.hverdag.buddies.FreeSlot;
import no.hverdag.buddies.Reason;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A pair's reasons in the reader's language: "both like football · 1.4 km apart · both
 * free Thursday evening · shared language: English". Codes stay in the API beside the
 * words, so integrations need not parse text.
 */
@Component
public class ReasonTexts {

	private final MessageSource messages;

	ReasonTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(Reason reason, Locale locale) {
		String value = reason.values().isEmpty() ? "" : reason.values().get(0);
		String shown = switch (reason.code()) {
			case Reason.SHARED_INTEREST -> word("buddies.interest." + value, locale);
			case Reason.COMMON_TIME -> FreeSlot.parse(value).map(slot -> slotText(slot, locale)).orElse(value);
			case Reason.SHARED_LANGUAGE -> languageName(value, locale);
			case Reason.SAME_LIFE_SITUATION -> word("buddies.life." + value, locale);
			default -> value;
		};
		return this.messages.getMessage("buddies.reason." + reason.code(), new Object[] { shown }, reason.code(),
				locale);
	}

	public List<String> texts(List<Reason> reasons, Locale locale) {
		return reasons.stream().map(r -> text(r, locale)).toList();
	}

	public String slotText(FreeSlot slot, Locale locale) {
		return word("buddies.day." + slot.day().name(), locale) + " "
				+ word("buddies.part." + slot.part().name(), locale);
	}

	/**
	 * A language's own name in the reader's language, e.g. "arabisk", "Arabic",
	 * "العربية".
	 */
	public static String languageName(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isBlank() ? code : name;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
