package no.hverdag.statistics;

/**
 * What the keys of a series are, so that a page or a file can name them in the reader's
 * language: a message prefix for keys the bundles know, or the key itself.
 */
public enum LabelKind {

	/** An organisation's status: {@code statistics.label.<key>}. */
	STATUS("statistics.label."),
	/** An activity's kind: {@code activityType.<key>}. */
	ACTIVITY_TYPE("activityType."),
	/** A language code: {@code language.<key>}. */
	LANGUAGE("language."),
	/** A person-to-borrow topic: {@code topic.<key>}. */
	TOPIC("topic."),
	/** An hour of the day, 00 to 23: {@code statistics.hour}. */
	HOUR(null),
	/** A month as yyyy-MM, shown as it is. */
	MONTH(null),
	/** A name shown as it is (a municipality's). */
	NAME(null),
	/** Where a room booking or a loan stands: {@code venues.slot.<key>}. */
	BOOKING_STATUS("venues.slot."),
	/** A kind of equipment: {@code equipment.category.<key>}. */
	EQUIPMENT_CATEGORY("equipment.category."),
	/** Where a culture-buddy pair stands: {@code buddies.status.<key>}. */
	PAIRING_STATUS("buddies.status.");

	private final String messagePrefix;

	LabelKind(String messagePrefix) {
		this.messagePrefix = messagePrefix;
	}

	/**
	 * The message key naming {@code key}, or {@code null} when the key is its own label.
	 */
	public String messageKey(String key) {
		if (this == HOUR) {
			return "statistics.hour";
		}
		return this.messagePrefix == null ? null : this.messagePrefix + key;
	}

}
