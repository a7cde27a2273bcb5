package no.hverdag.activities.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ActivityPage;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.SignUpPanel;
import no.hverdag.municipalities.Municipality;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The newcomer's pages: search with filters, facet counts and pages on the home page (a
 * plain GET form; htmx only swaps the results in place), and one activity in full. No
 * account needed. Values that cannot come from the form's lists are ignored; a date typed
 * wrong gets an inline message.
 */
@PageController
class ActivityPages {

	/** "After work": the introduction programme's day ends around four. */
	static final LocalTime AFTER_WORK = LocalTime.of(16, 0);

	static final List<Integer> RADII_KM = List.of(2, 5, 10, 25, 50);

	/** How many coming occurrences the sign-up form offers. */
	static final int SIGN_UP_OCCURRENCES = 12;

	private final ActivityCatalogue catalogue;

	private final MunicipalityDirectory municipalities;

	private final DescriptionRenderer descriptions;

	private final ScheduleWords scheduleWords;

	private final ActivityJsonLd jsonLd;

	private final ObjectProvider<SignUpPanel> signUpPanel;

	private final ReaderTranslation readerTranslation;

	ActivityPages(ActivityCatalogue catalogue, MunicipalityDirectory municipalities, DescriptionRenderer descriptions,
			ScheduleWords scheduleWords, ActivityJsonLd jsonLd, ObjectProvider<SignUpPanel> signUpPanel,
			ReaderTranslation readerTranslation) {
		this.readerTranslation = readerTranslation;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
		this.descriptions = descriptions;
		this.scheduleWords = scheduleWords;
		this.jsonLd = jsonLd;
		this.signUpPanel = signUpPanel;
	}

	/**
	 * The search form as the page sends it: every value a string, every one optional. The
	 * language spoken is {@code spoken}: {@code lang} switches the page's own language.
	 */
	record SearchForm(String q, String municipality, String type, String spoken, String level, String audience,
			String free, String weekday, String afterWork, String from, String to, List<String> accessibility,
			String near, String radiusKm, String sort, String page, String roomFrom, String roomTo) {

		SearchForm {
			accessibility = accessibility == null ? List.of() : accessibility;
		}

	}

	/**
	 * Issue 12: the "near" field takes a place's name too. A field, not a constructor
	 * argument, so this stays one appended block beside the other helpers' changes.
	 */
	@org.springframework.beans.factory.annotation.Autowired
	private NearPlaces nearPlaces;

	/** Issue 14: rooms and equipment beside the activities, appended like the above. */
	@org.springframework.beans.factory.annotation.Autowired
	private ResourceResults resourceResults;

	@GetMapping("/")
	Mono<String> home(@ModelAttribute("search") SearchForm form, Model model, Locale locale,
			ServerWebExchange exchange) {
		return this.nearPlaces.resolve(form.near(), form.municipality()).flatMap(near -> {
			model.addAttribute("nearPlace", near);
			return search(form, model, locale, exchange, near.point());
		});
	}

	private Mono<String> search(SearchForm form, Model model, Locale locale, ServerWebExchange exchange,
			ActivityQuery.GeoPoint near) {
		List<String> dateErrors = new java.util.ArrayList<>();
		LocalDate from = date(form.from(), "from", dateErrors);
		LocalDate to = date(form.to(), "to", dateErrors);
		if (from != null && to != null && to.isBefore(from)) {
			dateErrors.add("to");
			to = null;
		}
		Double radius = near == null ? null
				: RADII_KM.stream()
					.filter(r -> r.toString().equals(form.radiusKm()))
					.findFirst()
					.map(Integer::doubleValue)
					.orElse(null);
		ActivityQuery.Sort sort = pick(ActivityQuery.Sort.values(), form.sort());
		if (sort == ActivityQuery.Sort.DISTANCE && near == null) {
			sort = null;
		}
		int page = Math.max(0, Math.min(ActivityQuery.MAX_PAGE, parseInt(form.page())));
		ActivityQuery query = ActivityQuery.builder()
			.text(form.q())
			.municipality(this.municipalities.exists(form.municipality()) ? form.municipality() : null)
			.near(near, radius)
			.type(pick(ActivityType.values(), form.type()))
			.language(form.spoken() != null && ActivityForm.LANGUAGES.contains(form.spoken()) ? form.spoken() : null)
			.level(pick(NorwegianLevel.values(), form.level()))
			.audience(pick(Audience.values(), form.audience()))
			.free("true".equals(form.free()) ? Boolean.TRUE : null)
			.weekday(pick(DayOfWeek.values(), form.weekday()))
			.startsAfter("true".equals(form.afterWork()) ? AFTER_WORK : null)
			.between(from, to)
			.accessibility(accessibility(form.accessibility()))
			.sort(sort)
			.page(page, ActivityQuery.DEFAULT_SIZE)
			.build();
		model.addAttribute("query", query);
		model.addAttribute("dateErrors", dateErrors);
		model.addAttribute("moreFilters",
				query.language() != null || query.level() != null || query.audience() != null
						|| !query.weekdays().isEmpty() || query.from() != null || query.to() != null
						|| !query.accessibility().isEmpty() || query.near() != null || !dateErrors.isEmpty()
						|| form.sort() != null && !form.sort().isBlank()
						|| form.roomFrom() != null && !form.roomFrom().isBlank()
						|| form.roomTo() != null && !form.roomTo().isBlank());
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("languages", ActivityForm.LANGUAGES);
		model.addAttribute("levels", NorwegianLevel.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("accessibilities", Accessibility.values());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("radii", RADII_KM);
		model.addAttribute("sorts", ActivityQuery.Sort.values());
		Mono<ResourceResults.Shown> resources = this.resourceResults.find(query, form.roomFrom(), form.roomTo(),
				"true".equals(form.afterWork()));
		return this.catalogue.search(query).zipWith(resources).map(both -> {
			var found = both.getT1();
			model.addAttribute("resources", both.getT2());
			model.addAttribute("roomFrom", form.roomFrom() == null ? "" : form.roomFrom());
			model.addAttribute("roomTo", form.roomTo() == null ? "" : form.roomTo());
			model.addAttribute("found", found);
			model.addAttribute("municipalityOptions", MunicipalityOptions.html(this.municipalities.all(),
					found.facets().get("municipality"), query.municipality()));
			model.addAttribute("results", found.activities().stream().map(a -> card(a, locale, near)).toList());
			Function<Integer, String> pageLink = n -> UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
				.replaceQueryParam("page", n)
				.build()
				.toUriString()
				.replaceFirst("^[a-z]+://[^/]+", "");
			model.addAttribute("previousPage", page > 0 ? pageLink.apply(page - 1) : null);
			model.addAttribute("nextPage", found.hasNext() ? pageLink.apply(page + 1) : null);
			return "activities/home";
		});
	}

	@GetMapping("/activities/{id}")
	Mono<String> detail(@PathVariable String id, Model model, Locale locale) {
		return this.catalogue.find(id).flatMap(activity -> {
			ActivityView view = view(activity, locale, null);
			model.addAttribute("view", view);
			model.addAttribute("jsonLd", this.jsonLd.event(activity, view));
			Mono<Void> translated = this.readerTranslation.of(activity, locale.getLanguage())
				.doOnNext(machine -> model.addAttribute("machine", machine))
				.then();
			SignUpPanel panel = this.signUpPanel.getIfAvailable();
			if (panel == null || !activity.participation().signUpRequired()) {
				return translated.thenReturn("activities/detail");
			}
			return translated.then(panel.view(activity, this.catalogue.upcoming(activity, SIGN_UP_OCCURRENCES)))
				.doOnNext(signUp -> model.addAttribute("signUp", signUp))
				.thenReturn("activities/detail");
		});
	}

	ActivityView view(Activity activity, Locale locale, ActivityQuery.GeoPoint near) {
		return view(activity, locale, near, true);
	}

	/**
	 * A result card shows no description: it is not rendered (Markdown and the sanitizer
	 * cost more than the rest of a card, issue 18).
	 */
	private ActivityView card(Activity activity, Locale locale, ActivityQuery.GeoPoint near) {
		return view(activity, locale, near, false);
	}

	private ActivityView view(Activity activity, Locale locale, ActivityQuery.GeoPoint near, boolean description) {
		String language = activity.texts().languageFor(locale.getLanguage());
		var text = activity.texts().in(language);
		var upcoming = this.catalogue.upcoming(activity, 6);
		return new ActivityView(activity,
				this.municipalities.find(activity.place().municipality()).map(Municipality::name).orElse(""),
				upcoming.isEmpty() ? null : upcoming.get(0).date(), language, text,
				this.scheduleWords.describe(activity.schedule(), locale),
				description ? this.descriptions.toHtml(text.description(), activity.format()) : null, upcoming,
				near == null ? null : near.distanceKm(activity.place()));
	}

	private static Set<Accessibility> accessibility(List<String> values) {
		Set<Accessibility> chosen = EnumSet.noneOf(Accessibility.class);
		values.forEach(v -> {
			Accessibility a = pick(Accessibility.values(), v);
			if (a != null) {
				chosen.add(a);
			}
		});
		return chosen;
	}

	private static LocalDate date(String text, String field, List<String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(field);
			return null;
		}
	}

	private static int parseInt(String text) {
		try {
			return text == null ? 0 : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static <E extends Enum<E>> E pick(E[] values, String name) {
		return name == null ? null : Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
	}

}
