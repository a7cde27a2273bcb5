package no.hverdag.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.hverdag.activities.ActivityDraft;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Participation;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.activities.TextFormat;

/** Activities that need sign-up, published for one test each (the store is shared). */
public final class SignUpActivities {

	public static final String OSLO_ORG = "seed-org-grunerlokka-frivilligsentral";

	public static final String BODO_ORG = "seed-org-bodo-frivilligsentral";

	/** Tuesday after the test clock's Thursday 26 November 2026. */
	public static final LocalDate NEXT_TUESDAY = LocalDate.of(2026, 12, 1);

	private SignUpActivities() {
	}

	public static String oneOff(ActivityPublishing publishing, String organisationId, LocalDate date,
			Integer capacity) {
		return publish(publishing, organisationId, new Schedule.OneOff(date, LocalTime.of(18, 0), LocalTime.of(20, 0)),
				capacity);
	}

	/** Every Tuesday at 18:00–20:00 in Oslo. */
	public static String weekly(ActivityPublishing publishing, String organisationId, Integer capacity) {
		return publish(publishing, organisationId,
				Schedule.weekly(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)), capacity);
	}

	public static String publish(ActivityPublishing publishing, String organisationId, Schedule schedule,
			Integer capacity) {
		String id = "signup-test-" + UUID.randomUUID();
		ActivityDraft draft = new ActivityDraft(ActivityType.LANGUAGE_CAFE,
				ActivityTexts.of("nb", "Språkkafé med påmelding", "Vi snakker norsk sammen. Meld deg på!"),
				TextFormat.PLAIN, schedule,
				new Place("Deichman Grünerløkka", "Schleppegrells gate 14, 0556 Oslo", "0301", null,
						BuildingType.LIBRARY, 59.9236, 10.7590),
				List.of("no"), NorwegianLevel.NONE, Audience.EVERYONE, true, null, Set.of(),
				new Participation(capacity, true), null);
		return publishing.importActivity(id, organisationId, draft).block().id();
	}

}
