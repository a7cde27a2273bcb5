package no.hverdag.statistics.internal;

import java.util.ArrayList;
import java.util.List;

import no.hverdag.accounts.AccessControl;
import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.StaffScope;
import no.hverdag.municipalities.Municipality;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.statistics.LabelKind;
import no.hverdag.statistics.Report;
import no.hverdag.statistics.Series;
import no.hverdag.statistics.Tally;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The statistics use cases: who may see which report (a municipality's coordinators, a
 * library's staff, platform admins for every scope and the whole country), and building a
 * report from the read-only queries. The anonymous API reads the same reports: every
 * count in them is already a suppressible {@link no.hverdag.statistics.Cell}.
 */
@Component
class StatisticsReading {

	static final String COUNTRY_ID = "NO";

	private final AccessControl accessControl;

	private final StaffScope staffScope;

	private final Libraries libraries;

	private final MunicipalityDirectory directory;

	private final StatisticsQueries queries;

	private final SharedUseQueries sharedUse;

	StatisticsReading(AccessControl accessControl, StaffScope staffScope, Libraries libraries,
			MunicipalityDirectory directory, StatisticsQueries queries, SharedUseQueries sharedUse) {
		this.sharedUse = sharedUse;
		this.accessControl = accessControl;
		this.staffScope = staffScope;
		this.libraries = libraries;
		this.directory = directory;
		this.queries = queries;
	}

	/** What a signed-in person may open. */
	record Choices(boolean country, List<Municipality> municipalities, List<Library> libraries) {

		public boolean none() {
			return !this.country && this.municipalities.isEmpty() && this.libraries.isEmpty();
		}

	}

	Mono<Choices> choicesFor(Actor actor) {
		return this.accessControl.rolesOf(actor)
			.flatMap(roles -> this.libraries.all()
				.filter(library -> roles.platformAdmin() || roles.staffOf(library.id()))
				.collectList()
				.map(libraries -> new Choices(roles.platformAdmin(),
						this.directory.all()
							.stream()
							.filter(m -> roles.platformAdmin() || roles.coordinates(m.number()))
							.toList(),
						libraries)));
	}

	Mono<Report> municipalityFor(Actor actor, String number) {
		return this.accessControl.rolesOf(actor)
			.flatMap(roles -> roles.platformAdmin() || roles.coordinates(number) ? municipality(number)
					: Mono.error(new HverdagException.Forbidden("error.forbidden.statistics")));
	}

	Mono<Report> libraryFor(Actor actor, String libraryId) {
		return this.staffScope.of(actor, libraryId).flatMap(library -> library(library.id()));
	}

	Mono<Report> countryFor(Actor actor) {
		return this.accessControl.rolesOf(actor)
			.flatMap(roles -> roles.platformAdmin() ? country()
					: Mono.error(new HverdagException.Forbidden("error.forbidden.statistics")));
	}

	Mono<Report> municipality(String number) {
		return Mono.justOrEmpty(this.directory.find(number))
			.switchIfEmpty(Mono.error(new HverdagException.NotFound("municipality", number)))
			.flatMap(found -> this.queries.libraryIds(number)
				.flatMap(libraryIds -> build(Report.Scope.MUNICIPALITY, number, found.name(), number, libraryIds)));
	}

	Mono<Report> country() {
		return build(Report.Scope.COUNTRY, COUNTRY_ID, null, null, null);
	}

	Mono<Report> library(String libraryId) {
		return this.libraries.find(libraryId)
			.switchIfEmpty(Mono.error(new HverdagException.NotFound("library", libraryId)))
			.flatMap(library -> libraryPart(List.of(library.id()))
				.map(series -> new Report(Report.Scope.LIBRARY, library.id(), library.name(), series)));
	}

	/**
	 * Organisations, activities and sign-ups of one municipality (or all), then the
	 * libraries', then rooms, equipment and culture buddies (issue 16).
	 */
	private Mono<Report> build(Report.Scope scope, String id, String name, String municipality,
			List<String> libraryIds) {
		return this.queries.organisationsByStatus(municipality)
			.zipWith(this.queries.activities(municipality).collectList())
			.flatMap(found -> {
				List<Series> series = new ArrayList<>();
				series.add(Series.of("organisations", LabelKind.STATUS, found.getT1()));
				List<Document> activities = found.getT2();
				Tally kinds = new Tally();
				Tally languages = new Tally();
				Tally municipalities = new Tally();
				activities.forEach(activity -> {
					kinds.add(activity.getString("type"));
					activity.getList("languages", String.class, List.of()).forEach(languages::add);
					Document place = activity.get("place", Document.class);
					municipalities.add(place == null ? null : nameOf(place.getString("municipality")));
				});
				series.add(Series.of("activitiesByKind", LabelKind.ACTIVITY_TYPE, kinds.counts()));
				series.add(Series.of("activitiesByLanguage", LabelKind.LANGUAGE, languages.counts()));
				if (scope == Report.Scope.COUNTRY) {
					series.add(Series.of("activitiesByMunicipality", LabelKind.NAME, municipalities.counts()));
				}
				List<String> activityIds = municipality == null ? null
						: activities.stream().map(activity -> activity.getString("_id")).toList();
				return signUps(activityIds).doOnNext(series::addAll)
					.then(libraryPart(libraryIds))
					.doOnNext(series::addAll)
					.then(this.sharedUse.series(municipality))
					.map(sharedUse -> {
						series.addAll(sharedUse);
						return new Report(scope, id, name, series);
					});
			});
	}

	private String nameOf(String number) {
		return number == null ? null : this.directory.find(number).map(Municipality::name).orElse(number);
	}

	private Mono<List<Series>> signUps(List<String> activityIds) {
		return this.queries.signUps(activityIds).reduceWith(SignUpTallies::new, (tallies, signUp) -> {
			tallies.signedUp.addMonth(StatisticsQueries.instant(signUp, "signedUpAt"));
			if (signUp.get("waitingNumber") != null) {
				tallies.waiting.addMonth(StatisticsQueries.instant(signUp, "signedUpAt"));
			}
			tallies.cancelled.addMonth(StatisticsQueries.instant(signUp, "cancelledAt"));
			return tallies;
		})
			.map(tallies -> List.of(Series.of("signUpsByMonth", LabelKind.MONTH, tallies.signedUp.counts()),
					Series.of("waitingByMonth", LabelKind.MONTH, tallies.waiting.counts()),
					Series.of("cancelledByMonth", LabelKind.MONTH, tallies.cancelled.counts())));
	}

	/**
	 * People borrowed per topic, bookings by hour, then check-ins and no-shows by month.
	 */
	private Mono<List<Series>> libraryPart(List<String> libraryIds) {
		return this.queries.slots(libraryIds).reduceWith(SlotTallies::new, (tallies, slot) -> {
			long booked = slot.getList("bookings", Object.class, List.of()).size()
					+ (slot.get("anonymousBookings") instanceof Number n ? n.longValue() : 0);
			slot.getList("topics", String.class, List.of()).forEach(topic -> tallies.topics.add(topic, booked));
			tallies.hours.addHour(slot.getString("start"), booked);
			tallies.slotIds.add(slot.getString("_id"));
			return tallies;
		})
			.flatMap(slots -> this.queries.marks(libraryIds == null ? null : slots.slotIds)
				.reduceWith(MarkTallies::new, (tallies, mark) -> {
					String kind = mark.getString("kind");
					if ("no-show".equals(kind)) {
						tallies.noShows.addMonth(StatisticsQueries.instant(mark, "at"));
					}
					else if ("checked-in".equals(kind)) {
						tallies.checkIns.addMonth(StatisticsQueries.instant(mark, "at"));
					}
					return tallies;
				})
				.map(marks -> List.of(Series.of("bookingsByTopic", LabelKind.TOPIC, slots.topics.counts()),
						Series.of("bookingsByHour", LabelKind.HOUR, slots.hours.counts()),
						Series.of("checkInsByMonth", LabelKind.MONTH, marks.checkIns.counts()),
						Series.of("noShowsByMonth", LabelKind.MONTH, marks.noShows.counts()))));
	}

	private static final class SignUpTallies {

		final Tally signedUp = new Tally();

		final Tally waiting = new Tally();

		final Tally cancelled = new Tally();

	}

	private static final class SlotTallies {

		final Tally topics = new Tally();

		final Tally hours = new Tally();

		final List<String> slotIds = new ArrayList<>();

	}

	private static final class MarkTallies {

		final Tally noShows = new Tally();

		final Tally checkIns = new Tally();

	}

}
