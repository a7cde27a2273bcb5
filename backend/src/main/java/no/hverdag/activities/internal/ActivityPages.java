package no.hverdag.activities.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;
import no.hverdag.municipalities.Municipality;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The newcomer's pages: search on the home page, and one activity in full. No account
 * needed.
 */
@PageController
class ActivityPages {

	private final ActivityCatalogue catalogue;

	private final MunicipalityDirectory municipalities;

	private final Clock clock;

	ActivityPages(ActivityCatalogue catalogue, MunicipalityDirectory municipalities, Clock clock) {
		this.catalogue = catalogue;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	@GetMapping("/")
	Mono<String> home(@RequestParam(required = false) String q, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String type, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String free, @RequestParam(required = false) String weekday,
			@RequestParam(required = false) String afterWork, Model model) {
		ActivityType chosenType = parseType(type);
		String chosenMunicipality = this.municipalities.exists(municipality) ? municipality : null;
		ActivityQuery query = new ActivityQuery(q, chosenMunicipality, chosenType,
				lang != null && ActivityForm.LANGUAGES.contains(lang) ? lang : null,
				"true".equals(free) ? Boolean.TRUE : null, parseDay(weekday),
				"true".equals(afterWork) ? AFTER_WORK : null, null);
		model.addAttribute("query", query);
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("languages", ActivityForm.LANGUAGES);
		model.addAttribute("days", java.time.DayOfWeek.values());
		model.addAttribute("municipalities", this.municipalities.all());
		return this.catalogue.search(query).map(this::view).collectList().map(results -> {
			model.addAttribute("results", results);
			return "activities/home";
		});
	}

	@GetMapping("/activities/{id}")
	Mono<String> detail(@PathVariable String id, Model model) {
		return this.catalogue.find(id).map(activity -> {
			model.addAttribute("view", view(activity));
			return "activities/detail";
		});
	}

	ActivityView view(Activity activity) {
		LocalDate today = LocalDate.now(this.clock);
		return new ActivityView(activity,
				this.municipalities.find(activity.place().municipality()).map(Municipality::name).orElse(""),
				activity.schedule().nextOccurrence(today).orElse(null));
	}

	/** "After work": the introduction programme's day ends around four. */
	static final java.time.LocalTime AFTER_WORK = java.time.LocalTime.of(16, 0);

	private static java.time.DayOfWeek parseDay(String day) {
		for (java.time.DayOfWeek each : java.time.DayOfWeek.values()) {
			if (each.name().equals(day)) {
				return each;
			}
		}
		return null;
	}

	private static ActivityType parseType(String type) {
		for (ActivityType each : ActivityType.values()) {
			if (each.name().equals(type)) {
				return each;
			}
		}
		return null;
	}

}
