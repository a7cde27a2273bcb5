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

	private final Map<String, String> keysByNorwegian = new HashMap<>();

	TopicTexts(MessageSource messages) {
		for (String key : Topics.KEYS) {
			this.keysByNorwegian.put(messages.getMessage("topic." + key, null, key, NORWEGIAN).strip(), key);
		}
	}

	/** The key of each predefined topic, by its Norwegian text. */
	Map<String, String> keysByNorwegian() {
		return Map.copyOf(this.keysByNorwegian);
	}

}
