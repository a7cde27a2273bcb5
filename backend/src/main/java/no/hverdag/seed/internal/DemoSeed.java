package no.hverdag.seed.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.activities.Accessibility;
import no.hverdag.activities.ActivityDraft;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.ContactPerson;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Participation;
import no.hverdag.activities.TextFormat;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.organisations.Contact;
import no.hverdag.organisations.OrganisationNumber;
import no.hverdag.organisations.OrganisationRegistration;
import no.hverdag.organisations.OrganisationStatus;
import no.hverdag.organisations.RegisterOrganisation;
import no.hverdag.shared.StartupMarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the demo content once: every entry has a stable id derived from its key, and each
 * import skips what is already there, so restarting never duplicates anything. One-off
 * activities are dated relative to the day of loading, so a fresh demo always has
 * something coming up.
 */
@Component
class DemoSeed extends DemoContentStep {

	private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

	private static final String CONTENT_FILE = "seed-data/demo.json";

	private final JsonMapper json;

	private final AccessControl accessControl;

	private final OrganisationRegistration organisations;

	private final ActivityPublishing activities;

	private final LibraryAdministration libraries;

	private final Clock clock;

	private final String issuer;

	private final StartupMarks marks;

	DemoSeed(JsonMapper json, AccessControl accessControl, OrganisationRegistration organisations,
			ActivityPublishing activities, LibraryAdministration libraries, Clock clock,
			@Value("${hverdag.seed.demo-issuer}") String issuer, StartupMarks marks) {
		this.json = json;
		this.marks = marks;
		this.accessControl = accessControl;
		this.organisations = organisations;
		this.activities = activities;
		this.libraries = libraries;
		this.clock = clock;
		this.issuer = issuer;
	}

	/**
	 * Once per version of the content: a restart with the same demo.json, code and issuer
	 * skips it (issue 18), where it used to look every entry up again.
	 */
	@Override
	protected Mono<?> seedDemo() {
		return Mono.fromCallable(() -> StartupMarks.resource(CONTENT_FILE))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(
					bytes -> this.marks.unlessDone("demo-seed",
							StartupMarks.checksum(bytes, StartupMarks.code(DemoSeed.class),
									StartupMarks.code(DemoContent.class), StartupMarks.text(this.issuer)),
							() -> seed(bytes)));
	}

	private Mono<Void> seed(byte[] bytes) {
		DemoContent demo = this.json.readValue(bytes, DemoContent.class);
		return seed(demo).doOnSuccess(done -> log.info(
				"Demo content ready: {} organisations, {} activities, {} libraries (demo users' issuer {})",
				demo.organisations().size(), demo.activities().size(), demo.libraries().size(), this.issuer));
	}

	@Override
	public int getPhase() {
		return CONTENT;
	}

	Mono<Void> seed(DemoContent demo) {
		LocalDate today = LocalDate.now(this.clock);
		Mono<Void> coordinators = Flux.fromIterable(demo.coordinators())
			.concatMap(c -> grant(c.subject(), Role.COORDINATOR, c.municipality()))
			.then();
		Mono<Void> organisations = Flux.fromIterable(demo.organisations())
			.concatMap(o -> this.organisations
				.importOrganisation(organisationId(o.key()),
						new RegisterOrganisation(o.name(), OrganisationNumber.parse(o.organisationNumber()),
								o.municipality(), new Contact(o.contactName(), o.contactEmail(), o.contactPhone()),
								o.description()),
						OrganisationStatus.valueOf(o.status()))
				.thenMany(Flux.fromIterable(o.members()))
				.concatMap(member -> grant(member, Role.ORGANISATION_MEMBER, organisationId(o.key()))))
			.then();
		Mono<Void> activities = Flux.fromIterable(demo.activities())
			.index()
			.concatMap(entry -> this.activities.importActivity("seed-activity-" + entry.getT1(),
					organisationId(entry.getT2().organisation()), draft(entry.getT2(), today)))
			.then();
		Mono<Void> libraries = Flux.fromIterable(demo.libraries()).concatMap(this::library).then();
		return coordinators.then(organisations).then(activities).then(libraries);
	}

	private Mono<Void> library(DemoContent.LibraryEntry entry) {
		String libraryId = "seed-library-" + entry.key();
		Library library = new Library(libraryId, entry.name(), entry.municipality(), entry.address(), entry.lat(),
				entry.lon());
		return this.libraries.importLibrary(library)
			.thenMany(Flux.fromIterable(entry.staff()))
			.concatMap(staff -> grant(staff, Role.LIBRARY_STAFF, libraryId))
			.thenMany(Flux.fromIterable(entry.peopleToBorrow()).index())
			.concatMap(person -> this.libraries.importPerson(person(libraryId, person.getT1(), person.getT2())))
			.then();
	}

	private static PersonToBorrow person(String libraryId, long index, DemoContent.PersonEntry p) {
		return new PersonToBorrow(libraryId + "-person-" + index, libraryId, p.firstName(), p.topics(), p.languages(),
				p.days().stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
				p.slotTimes().stream().map(LocalTime::parse).toList(), p.durationMinutes(), p.capacity());
	}

	private static ActivityDraft draft(DemoContent.ActivityEntry a, LocalDate today) {
		DemoContent.ScheduleEntry s = a.schedule();
		LocalTime start = LocalTime.parse(s.start());
		LocalTime end = LocalTime.parse(s.end());
		Schedule schedule = "ONE_OFF".equals(s.kind()) ? new Schedule.OneOff(today.plusDays(s.inDays()), start, end)
				: new Schedule.Recurring(s.days().stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
						"BIWEEKLY".equals(s.kind()) ? 2 : 1, s.inDays() == null ? null : today.plusDays(s.inDays()),
						null,
						s.exceptions() == null ? Set.of()
								: s.exceptions().stream().map(LocalDate::parse).collect(Collectors.toSet()),
						start, end);
		Map<String, ActivityTexts.Text> texts = new LinkedHashMap<>();
		texts.put("nb", new ActivityTexts.Text(a.title(), a.description()));
		if (a.translations() != null) {
			a.translations().forEach((lang, t) -> texts.put(lang, new ActivityTexts.Text(t.title(), t.description())));
		}
		DemoContent.PlaceEntry p = a.place();
		return new ActivityDraft(ActivityType.valueOf(a.type()), new ActivityTexts("nb", texts),
				a.format() == null ? TextFormat.PLAIN : TextFormat.valueOf(a.format()), schedule,
				new Place(p.name(), p.address(), p.municipality(), p.district(),
						p.buildingType() == null ? null : BuildingType.valueOf(p.buildingType()), p.lat(), p.lon()),
				List.copyOf(a.languages()), a.level() == null ? null : NorwegianLevel.valueOf(a.level()),
				a.audience() == null ? null : Audience.valueOf(a.audience()), a.free(), a.priceNok(),
				a.accessibility() == null ? Set.of()
						: a.accessibility().stream().map(Accessibility::valueOf).collect(Collectors.toSet()),
				new Participation(a.capacity(), Boolean.TRUE.equals(a.signUpRequired())), a.contact() == null ? null
						: new ContactPerson(a.contact().name(), a.contact().phone(), a.contact().email()));
	}

	private Mono<Void> grant(String subject, Role role, String scope) {
		return this.accessControl.importAssignment(new RoleAssignment(this.issuer, subject, role, scope));
	}

	static String organisationId(String key) {
		return "seed-org-" + key;
	}

}
