package no.hverdag.humanlibrary.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import no.hverdag.humanlibrary.Topics;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A person to borrow keeps their topics as the Norwegian words they were approved with;
 * the predefined ones are UI texts, so a page finds their key again and shows them in the
 * reader's language. A topic in the volunteer's own words stays as written.
 */
@Component
class TopicTexts {

	private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

	private final MessageSource messages;

	TopicTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The key of each predefined topic, by its Norwegian text (nine lookups). */
	Map<String, String> keysByNorwegian() {
		Map<String, String> keys = new HashMap<>();
		for (String key : Topics.KEYS) {
			keys.put(this.messages.getMessage("topic." + key, null, key, NORWEGIAN).strip(), key);
		}
		return keys;
	}

}
