package no.hverdag.activities.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.SpokenLanguages;
import no.hverdag.activities.TextFormat;
import no.hverdag.activities.Topic;

/**
 * One spreadsheet row turned into the very form the "post activity" page and API use, so
 * that an imported activity obeys the same rules. Here only what a spreadsheet cell
 * cannot say as a form field can: words for choices, numbers, yes/no, and
 * {@code ;}-separated lists. Blank {@code free} means free, as most activities are.
 */
final class ActivityImportRow {

	private final ActivityImportFile.Row row;

	private final List<ActivityImportFile.Problem> problems = new ArrayList<>();

	private ActivityImportRow(ActivityImportFile.Row row) {
		this.row = row;
	}

	/** The form, and the cells that could not even be read into it. */
	record Converted(ActivityForm form, List<ActivityImportFile.Problem> problems) {
	}

	static Converted convert(ActivityImportFile.Row row) {
		ActivityImportRow converter = new ActivityImportRow(row);
		ActivityForm form = converter.form();
		return new Converted(form, List.copyOf(converter.problems));
	}

	private ActivityForm form() {
		Map<String, ActivityForm.TextInput> translations = new LinkedHashMap<>();
		this.row.cells().forEach((column, value) -> {
			Matcher translation = ActivityImportFile.TRANSLATION.matcher(column);
			if (translation.matches() && "title".equals(translation.group(1))) {
				String language = translation.group(2);
				translations.put(language, new ActivityForm.TextInput(value, this.row.get("description_" + language)));
			}
		});
		this.row.cells().keySet().forEach(column -> {
			Matcher translation = ActivityImportFile.TRANSLATION.matcher(column);
			if (translation.matches() && "description".equals(translation.group(1))
					&& !translations.containsKey(translation.group(2))) {
				this.problems.add(problem("title_" + translation.group(2), "validation.translationTitle"));
			}
		});
		BuildingType building = choice("buildingType", BuildingType.class);
		return new ActivityForm(choice("type", ActivityType.class), text("language"), orEmpty("title"),
				orEmpty("description"), choice("format", TextFormat.class), "", "", "", translations,
				upper("scheduleKind"), text("date"), days(), text("lastDate"),
				ActivityImportFile.split(text("exceptions")), text("start"), text("end"), orEmpty("placeName"),
				text("address"), text("municipality"), text("district"),
				building == null ? BuildingType.OTHER : building, decimal("lat"), decimal("lon"), languages(),
				choice("level", NorwegianLevel.class), choice("audience", Audience.class), yesNo("free", true),
				integer("priceNok"), accessibility(), integer("capacity"), yesNo("signUpRequired", false),
				text("contactName"), text("contactPhone"), text("contactEmail"), topics(), text("publishAt"));
	}

	/** Interest tags: topic names (CHESS, KNITTING, ...), separated like other lists. */
	private List<Topic> topics() {
		List<Topic> topics = new ArrayList<>();
		for (String topic : ActivityImportFile.split(this.row.get("topics"))) {
			try {
				topics.add(Topic.valueOf(topic.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(problem("topics", "validation.import.choice", names(Topic.values())));
			}
		}
		return topics;
	}

	private String text(String column) {
		return this.row.get(column);
	}

	private String orEmpty(String column) {
		String value = this.row.get(column);
		return value == null ? "" : value;
	}

	private String upper(String column) {
		String value = this.row.get(column);
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}

	private <E extends Enum<E>> E choice(String column, Class<E> kind) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(kind, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(problem(column, "validation.import.choice", names(kind.getEnumConstants())));
			return null;
		}
	}

	private List<DayOfWeek> days() {
		List<DayOfWeek> days = new ArrayList<>();
		for (String day : ActivityImportFile.split(this.row.get("days"))) {
			try {
				days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(problem("days", "validation.import.choice", names(DayOfWeek.values())));
			}
		}
		return days;
	}

	/**
	 * Any ISO 639-1 code; {@code nb}, {@code nn} and {@code no} are one Norwegian. A bad
	 * code is named in the problem, so one row does not hide which value to fix.
	 */
	private List<String> languages() {
		List<String> codes = new ArrayList<>();
		for (String code : ActivityImportFile.split(this.row.get("languages"))) {
			SpokenLanguages.normalise(code).ifPresentOrElse(known -> {
				if (!codes.contains(known)) {
					codes.add(known);
				}
			}, () -> this.problems.add(problem("languages", "validation.import.language", code)));
		}
		return codes;
	}

	private List<Accessibility> accessibility() {
		List<Accessibility> needs = new ArrayList<>();
		for (String need : ActivityImportFile.split(this.row.get("accessibility"))) {
			try {
				needs.add(Accessibility.valueOf(need.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(problem("accessibility", "validation.import.choice", names(Accessibility.values())));
			}
		}
		return needs;
	}

	private Boolean yesNo(String column, boolean blank) {
		String value = this.row.get(column);
		if (value == null) {
			return blank;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "ja", "1" -> true;
			case "false", "no", "nei", "0" -> false;
			default -> {
				this.problems.add(problem(column, "validation.import.yesNo"));
				yield null;
			}
		};
	}

	private Integer integer(String column) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			this.problems.add(problem(column, "validation.import.number"));
			return null;
		}
	}

	private Double decimal(String column) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			this.problems.add(problem(column, "validation.import.number"));
			return null;
		}
	}

	private ActivityImportFile.Problem problem(String field, String key, Object... arguments) {
		return new ActivityImportFile.Problem(this.row.number(), field, key, arguments);
	}

	private static String names(Enum<?>[] values) {
		return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
	}

}
