package no.hverdag.activities;

/**
 * What a newcomer likes doing, finer than the kind of activity (knitting, chess and
 * football are all "culture events"). A listing has a topic when its organisation tagged
 * it with the topic, or when the search finds it for the topic's word (its text names the
 * topic in any language, through the search's multilingual vocabulary). Lives with
 * activities because organisations set it on listings; "for you" matches it.
 */
public enum Topic {

	CHESS("chess"), KNITTING("knitting"), SEWING("sewing"), FOOTBALL("football"), SWIMMING("swimming"),
	EXERCISE("exercise"), DANCE("dance"), COOKING("cooking"), CHOIR("choir"), MUSIC("music"), HIKING("hiking"),
	CYCLING("cycling"), SKIING("skiing"), CULTURE("museum theatre cinema"), HOMEWORK("homework"), JOBS("job search"),
	DIGITAL("computer help"), NORWEGIAN("norwegian");

	private final String words;

	Topic(String words) {
		this.words = words;
	}

	/** What the search is asked for to find listings with this topic. */
	public String words() {
		return this.words;
	}

}
