package no.hverdag.activities.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityDraft;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.Hashes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Imports an organisation's activities from a spreadsheet, all or nothing per file: every
 * row is checked with the rules of the "post activity" form first, and only a file
 * without a single bad row is written. Without transactions the write is made safe to
 * repeat instead: each row's id is derived from the organisation and the row's {@code id}
 * cell (else its content), so importing the same file again creates nothing twice, and an
 * import cut off half-way is completed by importing the file again.
 */
@Service
class ActivityImport {

	/** What a file is, as far as the import cares. */
	enum Format {

		CSV, JSON

	}

	/** One bad cell or row, in the reader's language. */
	public record RowError(int row, String field, String message) {
	}

	static final int MAX_REPORTED_ERRORS = 100;

	/**
	 * What an import did or, on a dry run, would do: {@code imported} new activities,
	 * {@code updated} ones whose row changed, {@code unchanged} ones already there.
	 */
	public record Report(boolean dryRun, int rows, int imported, int updated, int unchanged, List<RowError> errors,
			List<RowError> warnings) {

		public boolean clean() {
			return this.errors.isEmpty();
		}

	}

	private record Planned(String id, Organisation organisation, ActivityDraft draft) {
	}

	private record Checked(int rows, List<Planned> planned, List<RowError> errors, List<RowError> warnings) {
	}

	private enum Outcome {

		IMPORTED, UPDATED, UNCHANGED

	}

	/** Organisations one file can carry besides the one it is imported into. */
	static final int MAX_OTHER_ORGANISATIONS = 200;

	private final Organisations organisations;

	private final MunicipalityDirectory municipalities;

	private final ActivityStore store;

	private final ActivitySearch search;

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	private final Clock clock;

	ActivityImport(Organisations organisations, MunicipalityDirectory municipalities, ActivityStore store,
			ActivitySearch search, jakarta.validation.Validator validator, MessageSource messages, Clock clock) {
		this.organisations = organisations;
		this.municipalities = municipalities;
		this.store = store;
		this.search = search;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Checks the file and, unless it is a dry run and only if every row is good, writes
	 * it. Only the organisation's members and its municipality's coordinator may.
	 */
	Mono<Report> importFile(Actor actor, String organisationId, Format format, String content, boolean dryRun,
			Locale locale) {
		return this.organisations.managedBy(actor, organisationId).flatMap(organisation -> {
			if (!organisation.approved()) {
				return Mono.error(new HverdagException.Forbidden("error.organisation.notApproved"));
			}
			return others(actor, organisation, format, content)
				.flatMap(others -> Mono.fromCallable(() -> check(organisation, others, format, content, locale))
					.subscribeOn(Schedulers.boundedElastic()))
				.flatMap(checked -> {
					int rows = checked.rows();
					if (!checked.errors().isEmpty()) {
						return Mono.just(new Report(dryRun, rows, 0, 0, 0, checked.errors(), checked.warnings()));
					}
					return write(checked.planned(), dryRun).map(outcomes -> new Report(dryRun, rows,
							count(outcomes, Outcome.IMPORTED), count(outcomes, Outcome.UPDATED),
							count(outcomes, Outcome.UNCHANGED), List.of(), checked.warnings()));
				});
		});
	}

	/**
	 * The other organisations rows name in an {@code organisation} column, that this
	 * actor may import for: approved, in the same municipality, and managed by the actor
	 * (the municipality's coordinator manages them all). Any other is left out, so its
	 * rows are refused by name.
	 */
	private Mono<Map<String, Organisation>> others(Actor actor, Organisation organisation, Format format,
			String content) {
		return Mono
			.fromCallable(
					() -> (format == Format.CSV ? ActivityImportFile.csv(content) : ActivityImportFile.json(content))
						.rows()
						.stream()
						.map(row -> row.get("organisation"))
						.filter(id -> id != null && !id.equals(organisation.id()))
						.distinct()
						.limit(MAX_OTHER_ORGANISATIONS)
						.toList())
			.subscribeOn(Schedulers.boundedElastic())
			.flatMapMany(Flux::fromIterable)
			.concatMap(id -> this.organisations.managedBy(actor, id)
				.filter(other -> other.approved() && other.municipality().equals(organisation.municipality()))
				.onErrorResume(HverdagException.class, ex -> Mono.empty()))
			.collectMap(Organisation::id, other -> other);
	}

	private Checked check(Organisation organisation, Map<String, Organisation> others, Format format, String content,
			Locale locale) {
		ActivityImportFile.Parsed parsed = format == Format.CSV ? ActivityImportFile.csv(content)
				: ActivityImportFile.json(content);
		List<RowError> errors = new ArrayList<>();
		parsed.problems().forEach(p -> errors.add(error(p, locale)));
		List<Planned> planned = new ArrayList<>();
		List<RowError> warnings = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (ActivityImportFile.Row row : parsed.rows()) {
			int before = errors.size();
			Organisation owner = row.get("organisation") == null ? organisation
					: row.get("organisation").equals(organisation.id()) ? organisation
							: others.get(row.get("organisation"));
			if (owner == null) {
				errors.add(error(new ActivityImportFile.Problem(row.number(), "organisation",
						"validation.import.organisation", row.get("organisation")), locale));
				owner = organisation;
			}
			ActivityDraft draft = draft(row, locale, errors);
			String id = idOf(owner.id(), row);
			if (!ids.add(id)) {
				errors.add(error(new ActivityImportFile.Problem(row.number(), "id", "validation.import.duplicate"),
						locale));
			}
			if (errors.size() == before) {
				planned.add(new Planned(id, owner, draft));
				// Allowed (a café across the border), but never without a word.
				if (!draft.place().municipality().equals(owner.municipality())) {
					warnings.add(new RowError(row.number(), "municipality",
							this.messages.getMessage("import.otherMunicipality",
									new Object[] { nameOf(draft.place().municipality()), nameOf(owner.municipality()) },
									locale)));
				}
			}
		}
		errors.sort(java.util.Comparator.comparingInt(RowError::row));
		return new Checked(parsed.rows().size(), planned, capped(errors, locale), warnings);
	}

	/**
	 * At most {@link #MAX_REPORTED_ERRORS} errors, then one line saying how many more: a
	 * 135 KB file of bad rows answered with 2.9 MB of errors (issue 10). Nothing is
	 * imported while any error exists, so the first hundred say enough to fix the file.
	 */
	private List<RowError> capped(List<RowError> errors, Locale locale) {
		if (errors.size() <= MAX_REPORTED_ERRORS) {
			return errors;
		}
		List<RowError> kept = new ArrayList<>(errors.subList(0, MAX_REPORTED_ERRORS));
		kept.add(error(new ActivityImportFile.Problem(0, "file", "activities.import.moreErrors",
				errors.size() - MAX_REPORTED_ERRORS), locale));
		return kept;
	}

	private ActivityDraft draft(ActivityImportFile.Row row, Locale locale, List<RowError> errors) {
		ActivityImportRow.Converted converted = ActivityImportRow.convert(row);
		converted.problems().forEach(p -> errors.add(error(p, locale)));
		Set<String> unreadable = converted.problems()
			.stream()
			.map(ActivityImportFile.Problem::field)
			.collect(Collectors.toSet());
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(converted.form(), "form");
		this.validator.validate(converted.form(), result);
		for (FieldError field : result.getFieldErrors()) {
			String column = column(field.getField());
			if (!unreadable.contains(column)) {
				errors.add(new RowError(row.number(), column, this.messages.getMessage(field, locale)));
			}
		}
		if (result.hasErrors() || !converted.problems().isEmpty()) {
			return null;
		}
		try {
			ActivityDraft draft = converted.form().toDraft();
			if (!this.municipalities.exists(draft.place().municipality())) {
				errors.add(error(
						new ActivityImportFile.Problem(row.number(), "municipality", "validation.municipality.unknown"),
						locale));
				return null;
			}
			return draft;
		}
		catch (HverdagException.InvalidInput invalid) {
			invalid.fieldProblems()
				.forEach(p -> errors.add(error(
						new ActivityImportFile.Problem(row.number(), column(p.field()), p.messageKey()), locale)));
			return null;
		}
	}

	private String nameOf(String municipality) {
		return this.municipalities.find(municipality).map(found -> found.name()).orElse(municipality);
	}

	/** The form's field as the spreadsheet names it ({@code translations[en].title}). */
	private static String column(String field) {
		java.util.regex.Matcher translation = java.util.regex.Pattern.compile("translations\\[(\\w+)]\\.(\\w+)")
			.matcher(field);
		if (translation.matches()) {
			return translation.group(2) + "_" + translation.group(1);
		}
		int index = field.indexOf('[');
		return index < 0 ? field : field.substring(0, index);
	}

	/**
	 * The same row of the same organisation always gets the same id: by its {@code id}
	 * cell if it has one, else by everything it says.
	 */
	static String idOf(String organisationId, ActivityImportFile.Row row) {
		String key = row.get("id") != null ? "id:" + row.get("id") : "content:" + new TreeMap<>(row.cells());
		return "import-" + Hashes.sha256Hex(organisationId + "\n" + key).substring(0, 32);
	}

	private Mono<List<Outcome>> write(List<Planned> planned, boolean dryRun) {
		return Flux.fromIterable(planned).concatMap(row -> {
			Activity wanted = Activity.published(row.id(), row.organisation().id(), row.organisation().name(),
					row.draft(), this.clock.instant());
			// A changed row changes the content only: a listing the coordinator
			// unpublished
			// (or the organisation withdrew) stays so; importing again does not bring it
			// back.
			return this.store.find(row.id()).flatMap(existing -> {
				Activity revised = existing.revised(row.draft());
				if (revised.equals(existing)) {
					return Mono.just(Outcome.UNCHANGED);
				}
				return dryRun ? Mono.just(Outcome.UPDATED)
						: this.store.revise(revised).thenReturn(Outcome.UPDATED).defaultIfEmpty(Outcome.UNCHANGED);
			})
				.switchIfEmpty(Mono.defer(() -> dryRun ? Mono.just(Outcome.IMPORTED)
						: this.store.insert(wanted)
							.thenReturn(Outcome.IMPORTED)
							// imported at the same moment by someone else: there now
							.onErrorResume(DuplicateKeyException.class, ex -> Mono.just(Outcome.UNCHANGED))));
		}).collectList().flatMap(outcomes -> dryRun ? Mono.just(outcomes) : reindex(planned).thenReturn(outcomes));
	}

	/**
	 * Indexes every row's activity, also the unchanged ones: an import cut off after
	 * writing but before indexing is repaired by importing again.
	 */
	private Mono<Void> reindex(List<Planned> planned) {
		return this.store.findAll(planned.stream().map(Planned::id).toList())
			.collectList()
			.flatMap(this.search::indexAll);
	}

	private RowError error(ActivityImportFile.Problem problem, Locale locale) {
		return new RowError(problem.row(), problem.field(),
				this.messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale));
	}

	private static int count(List<Outcome> outcomes, Outcome outcome) {
		return (int) outcomes.stream().filter(outcome::equals).count();
	}

}
