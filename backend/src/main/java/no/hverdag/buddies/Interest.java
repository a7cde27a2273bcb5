package no.hverdag.buddies;

/** What two buddies might like doing together. */
public enum Interest {

	FOOTBALL, SPORTS, HIKING, COOKING, MUSIC, ART, READING, CRAFTS, GAMES, CULTURE, CHILDREN_ACTIVITIES, TECHNOLOGY

}
