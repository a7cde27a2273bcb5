package no.hverdag.matching;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.Audience;

/**
 * What a newcomer needs from an activity, not merely prefers: an activity that does not
 * meet every need is never suggested. A wheelchair user is not offered a café reached
 * only by stairs.
 */
public enum Need {

	/** No steps between the street and the room. */
	STEP_FREE,
	/** A hearing loop in the room. */
	HEARING_LOOP,
	/** Only women take part. */
	WOMEN_ONLY,
	/** Made for parents who bring their children. */
	CHILDREN_WELCOME;

	/** Whether the activity meets this need, by what its organisation says about it. */
	public boolean metBy(Activity activity) {
		return switch (this) {
			case STEP_FREE -> activity.accessibility().contains(Accessibility.STEP_FREE);
			case HEARING_LOOP -> activity.accessibility().contains(Accessibility.HEARING_LOOP);
			case WOMEN_ONLY -> activity.audience() == Audience.WOMEN;
			case CHILDREN_WELCOME -> activity.audience() == Audience.CHILDREN_WITH_PARENTS;
		};
	}

}
