package no.hverdag.activities.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityDraft;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.ContactPerson;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Participation;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.activities.SpokenLanguages;
import no.hverdag.activities.TextFormat;
import no.hverdag.activities.Topic;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;

/**
 * The "post activity" form, for pages and the API alike. Times are HH:mm, dates
 * yyyy-MM-dd. The text is written in {@code language}; a page adds one translation in the
 * flat {@code translation*} fields, the API any number in {@code translations}.
 * {@code scheduleKind} is ONE_OFF (on {@code date}), WEEKLY or BIWEEKLY (on {@code days},
 * from {@code date} until {@code lastDate}, except on {@code exceptions}).
 */
record ActivityForm(@NotNull ActivityType type, @Pattern(regexp = "[a-z]{2}") String language,
		@NotBlank @Size(max = 140) String title, @NotBlank @Size(max = 4000) String description, TextFormat format,
		@Pattern(regexp = "|[a-z]{2}") String translationLanguage, @Size(max = 140) String translationTitle,
		@Size(max = 4000) String translationDescription, @Size(max = 12) Map<String, @Valid TextInput> translations,
		@NotBlank @Pattern(regexp = "ONE_OFF|WEEKLY|BIWEEKLY") String scheduleKind, String date, List<DayOfWeek> days,
		String lastDate, @Size(max = 60) List<String> exceptions,
		@NotBlank @Pattern(regexp = "\\d{2}:\\d{2}") String start,
		@NotBlank @Pattern(regexp = "\\d{2}:\\d{2}") String end, @NotBlank @Size(max = 140) String placeName,
		@Size(max = 200) String address, @NotBlank @Pattern(regexp = "\\d{4}") String municipality,
		@Size(max = 80) String district, BuildingType buildingType, @DecimalMin("57.0") @DecimalMax("72.0") Double lat,
		@DecimalMin("3.0") @DecimalMax("32.0") Double lon,
		@Size(max = 12) List<@Pattern(regexp = "[a-z]{2}") String> languages, NorwegianLevel level, Audience audience,
		Boolean free, @Min(1) @Max(100_000) Integer priceNok, List<Accessibility> accessibility,
		@Min(1) @Max(10_000) Integer capacity, Boolean signUpRequired, @Size(max = 100) String contactName,
		@Size(max = 40) String contactPhone, @Size(max = 254) String contactEmail, @Size(max = 18) List<Topic> topics,
		String publishAt) {

	/** Without topics and published at once (the import's older rows, older callers). */
	ActivityForm(ActivityType type, String language, String title, String description, TextFormat format,
			String translationLanguage, String translationTitle, String translationDescription,
			Map<String, TextInput> translations, String scheduleKind, String date, List<DayOfWeek> days,
			String lastDate, List<String> exceptions, String start, String end, String placeName, String address,
			String municipality, String district, BuildingType buildingType, Double lat, Double lon,
			List<String> languages, NorwegianLevel level, Audience audience, Boolean free, Integer priceNok,
			List<Accessibility> accessibility, Integer capacity, Boolean signUpRequired, String contactName,
			String contactPhone, String contactEmail) {
		this(type, language, title, description, format, translationLanguage, translationTitle, translationDescription,
				translations, scheduleKind, date, days, lastDate, exceptions, start, end, placeName, address,
				municipality, district, buildingType, lat, lon, languages, level, audience, free, priceNok,
				accessibility, capacity, signUpRequired, contactName, contactPhone, contactEmail, List.of(), null);
	}

	/**
	 * The languages the pages offer to pick (ISO 639-1); the API and the import take any
	 * ISO 639-1 code ({@link SpokenLanguages}).
	 */
	static final List<String> LANGUAGES = List.of("no", "en", "ar", "uk", "so", "ti", "fa", "pl", "ku", "ru");

	/** The languages a listing's text can be written in (bokmål and nynorsk apart). */
	static final List<String> TEXT_LANGUAGES = List.of("nb", "nn", "en", "ar", "uk", "so", "ti", "fa", "pl", "ku",
			"ru");

	/** One translation sent through the API. */
	record TextInput(@NotBlank @Size(max = 140) String title, @Size(max = 4000) String description) {
	}

	ActivityForm {
		languages = languages == null ? List.of() : languages.stream().filter(Objects::nonNull).toList();
		// An empty choice in a form arrives as a null element: it chooses nothing.
		days = days == null ? List.of() : days.stream().filter(Objects::nonNull).toList();
		exceptions = exceptions == null ? List.of() : exceptions.stream().filter(Objects::nonNull).toList();
		accessibility = accessibility == null ? List.of() : accessibility.stream().filter(Objects::nonNull).toList();
		translations = translations == null ? Map.of() : Map.copyOf(translations);
		topics = topics == null ? List.of() : topics.stream().filter(Objects::nonNull).distinct().toList();
	}

	/** The form filled in with a listing as it is: for editing it. */
	static ActivityForm of(Activity a) {
		String original = a.texts().originalLanguage();
		Map<String, TextInput> others = new LinkedHashMap<>();
		a.texts().versions().forEach((lang, text) -> {
			if (!lang.equals(original)) {
				others.put(lang, new TextInput(text.title(), text.description()));
			}
		});
		// The page shows one translation in its flat fields; the API sends them all.
		Map.Entry<String, TextInput> first = others.entrySet().stream().findFirst().orElse(null);
		String kind;
		String date;
		List<DayOfWeek> days;
		String last = "";
		List<String> exceptions = List.of();
		if (a.schedule() instanceof Schedule.Recurring r) {
			kind = r.everyWeeks() == 2 ? "BIWEEKLY" : "WEEKLY";
			date = r.firstDate() == null ? "" : r.firstDate().toString();
			days = r.days().stream().sorted().toList();
			last = r.lastDate() == null ? "" : r.lastDate().toString();
			exceptions = r.exceptions().stream().sorted().map(LocalDate::toString).toList();
		}
		else {
			Schedule.OneOff once = (Schedule.OneOff) a.schedule();
			kind = "ONE_OFF";
			date = once.date().toString();
			days = List.of();
		}
		Place p = a.place();
		ContactPerson c = a.contact();
		return new ActivityForm(a.type(), original, a.title(), a.description(), a.format(),
				first == null ? "" : first.getKey(), first == null ? "" : first.getValue().title(),
				first == null ? "" : first.getValue().description(), others, kind, date, days, last, exceptions,
				a.schedule().start().toString(), a.schedule().end().toString(), p.name(), orEmpty(p.address()),
				p.municipality(), orEmpty(p.district()), p.buildingType(), p.lat(), p.lon(), a.languages(), a.level(),
				a.audience(), a.free(), a.priceNok(), a.accessibility().stream().sorted().toList(),
				a.participation().capacity(), a.participation().signUpRequired(), c == null ? "" : orEmpty(c.name()),
				c == null ? "" : orEmpty(c.phone()), c == null ? "" : orEmpty(c.email()),
				a.topics().stream().sorted().toList(), null);
	}

	/**
	 * The form as a page sends it when editing: the flat translation fields stand for the
	 * one translation shown, so the others are kept as they were.
	 */
	ActivityForm withOtherTranslationsOf(Activity a) {
		Map<String, TextInput> kept = new LinkedHashMap<>();
		a.texts().versions().forEach((lang, text) -> {
			if (!lang.equals(this.language) && !lang.equals(a.texts().originalLanguage())
					&& !lang.equals(this.translationLanguage)) {
				kept.put(lang, new TextInput(text.title(), text.description()));
			}
		});
		return new ActivityForm(this.type, this.language, this.title, this.description, this.format,
				this.translationLanguage, this.translationTitle, this.translationDescription, kept, this.scheduleKind,
				this.date, this.days, this.lastDate, this.exceptions, this.start, this.end, this.placeName,
				this.address, this.municipality, this.district, this.buildingType, this.lat, this.lon, this.languages,
				this.level, this.audience, this.free, this.priceNok, this.accessibility, this.capacity,
				this.signUpRequired, this.contactName, this.contactPhone, this.contactEmail, this.topics,
				this.publishAt);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	static ActivityForm empty(String municipality) {
		return new ActivityForm(null, "nb", "", "", TextFormat.PLAIN, "", "", "", Map.of(), "WEEKLY", "", List.of(), "",
				List.of(), "18:00", "20:00", "", "", municipality, "", BuildingType.OTHER, null, null, List.of("no"),
				NorwegianLevel.NONE, Audience.EVERYONE, true, null, List.of(), null, false, "", "", "", List.of(), "");
	}

	/** Turns the form into a draft, or fails with every cross-field problem at once. */
	ActivityDraft toDraft() {
		List<FieldProblem> problems = new ArrayList<>();
		LocalTime startTime = time(this.start, "start", problems);
		LocalTime endTime = time(this.end, "end", problems);
		if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
			problems.add(new FieldProblem("end", "validation.end.afterStart"));
		}
		boolean once = "ONE_OFF".equals(this.scheduleKind);
		boolean biweekly = "BIWEEKLY".equals(this.scheduleKind);
		LocalDate day = date(this.date, "date", once || biweekly, problems);
		LocalDate last = once ? null : date(this.lastDate, "lastDate", false, problems);
		if (day != null && last != null && last.isBefore(day)) {
			problems.add(new FieldProblem("lastDate", "validation.lastDate.afterFirst"));
		}
		Set<LocalDate> skipped = new TreeSet<>();
		for (String exception : once ? List.<String>of() : this.exceptions) {
			if (exception != null && !exception.isBlank()) {
				LocalDate skip = date(exception.strip(), "exceptions", true, problems);
				if (skip != null) {
					skipped.add(skip);
				}
			}
		}
		if (!once && this.days.isEmpty()) {
			problems.add(new FieldProblem("days", "validation.days"));
		}
		if (this.languages.isEmpty()) {
			problems.add(new FieldProblem("languages", "validation.languages"));
		}
		else if (!this.languages.stream().allMatch(SpokenLanguages::known)) {
			problems.add(new FieldProblem("languages", "validation.languages.unknown"));
		}
		ActivityTexts texts = texts(problems);
		ContactPerson contact = contact(problems);
		Instant publishTime = publishTime(problems);
		if (!problems.isEmpty()) {
			throw new HverdagException.InvalidInput(problems);
		}
		Schedule schedule = once ? new Schedule.OneOff(day, startTime, endTime) : new Schedule.Recurring(
				EnumSet.copyOf(this.days), biweekly ? 2 : 1, day, last, skipped, startTime, endTime);
		boolean isFree = Boolean.TRUE.equals(this.free);
		return new ActivityDraft(this.type, texts, this.format == null ? TextFormat.PLAIN : this.format, schedule,
				new Place(this.placeName.strip(), blankToNull(this.address), this.municipality,
						blankToNull(this.district), this.buildingType, this.lat, this.lon),
				this.languages.stream().map(code -> SpokenLanguages.normalise(code).orElseThrow()).distinct().toList(),
				this.level, this.audience, isFree, isFree ? null : this.priceNok,
				this.accessibility.isEmpty() ? Set.of() : EnumSet.copyOf(this.accessibility),
				new Participation(this.capacity, Boolean.TRUE.equals(this.signUpRequired)), contact,
				this.topics.isEmpty() ? Set.of() : EnumSet.copyOf(this.topics), publishTime);
	}

	/**
	 * When to publish: blank for at once; otherwise a local date and time in Norway
	 * (yyyy-MM-ddTHH:mm, as a datetime-local field sends it) or an ISO instant (API).
	 */
	private Instant publishTime(List<FieldProblem> problems) {
		if (this.publishAt == null || this.publishAt.isBlank()) {
			return null;
		}
		String value = this.publishAt.strip();
		try {
			return value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$")
					? OffsetDateTime.parse(value).toInstant()
					: LocalDateTime.parse(value).atZone(HverdagClock.NORWAY).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("publishAt", "validation.publishAt"));
			return null;
		}
	}

	private ActivityTexts texts(List<FieldProblem> problems) {
		String original = this.language == null || this.language.isBlank() ? "nb" : this.language;
		if (!TEXT_LANGUAGES.contains(original)) {
			problems.add(new FieldProblem("language", "validation.textLanguage"));
			return null;
		}
		Map<String, ActivityTexts.Text> versions = new LinkedHashMap<>();
		versions.put(original, new ActivityTexts.Text(this.title.strip(), this.description.strip()));
		if (this.translationLanguage != null && !this.translationLanguage.isBlank()) {
			if (!TEXT_LANGUAGES.contains(this.translationLanguage) || this.translationLanguage.equals(original)) {
				problems.add(new FieldProblem("translationLanguage", "validation.textLanguage"));
			}
			else if (this.translationTitle == null || this.translationTitle.isBlank()) {
				problems.add(new FieldProblem("translationTitle", "validation.translationTitle"));
			}
			else {
				versions.put(this.translationLanguage, new ActivityTexts.Text(this.translationTitle.strip(),
						this.translationDescription == null ? "" : this.translationDescription.strip()));
			}
		}
		this.translations.forEach((lang, text) -> {
			if (!TEXT_LANGUAGES.contains(lang) || lang.equals(original)) {
				problems.add(new FieldProblem("translations", "validation.textLanguage"));
			}
			else {
				versions.put(lang, new ActivityTexts.Text(text.title().strip(),
						text.description() == null ? "" : text.description().strip()));
			}
		});
		return new ActivityTexts(original, versions);
	}

	private ContactPerson contact(List<FieldProblem> problems) {
		String name = blankToNull(this.contactName);
		String phone = blankToNull(this.contactPhone);
		String email = blankToNull(this.contactEmail);
		if (phone != null && ContactPoint.parse(phone).filter(point -> !point.isEmail()).isEmpty()) {
			problems.add(new FieldProblem("contactPhone", "validation.phone"));
		}
		if (email != null && ContactPoint.parse(email).filter(ContactPoint::isEmail).isEmpty()) {
			problems.add(new FieldProblem("contactEmail", "validation.email"));
		}
		if (name == null && phone == null && email == null) {
			return null;
		}
		return new ContactPerson(name, phone, email);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static LocalDate date(String value, String field, boolean required, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "validation.date"));
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "validation.date"));
			return null;
		}
	}

	private static LocalTime time(String value, String field, List<FieldProblem> problems) {
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			problems.add(new FieldProblem(field, "validation.time"));
			return null;
		}
	}

}
