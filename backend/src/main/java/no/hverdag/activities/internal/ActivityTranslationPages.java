package no.hverdag.activities.internal;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import no.hverdag.shared.i18n.SupportedLanguage;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An organisation writes or corrects its activity's text in other languages: the page
 * starts from the machine's translation when there is one, and what the organisation
 * saves is its own version, shown to readers instead of the machine's.
 */
@PageController
class ActivityTranslationPages {

	private static final String PAGE = "activities/translations";

	private final Organisations organisations;

	private final ActivityStore store;

	private final ActivitySearch search;

	private final ReaderTranslation readerTranslation;

	ActivityTranslationPages(Organisations organisations, ActivityStore store, ActivitySearch search,
			ReaderTranslation readerTranslation) {
		this.organisations = organisations;
		this.store = store;
		this.search = search;
		this.readerTranslation = readerTranslation;
	}

	/** One language's text as the form sends it. */
	record TranslationForm(@NotBlank @Pattern(regexp = "[a-z]{2}") String translationLanguage,
			@NotBlank @Size(max = 140) String translationTitle, @Size(max = 4000) String translationDescription) {
	}

	@GetMapping("/organisations/{id}/activities/{activityId}/translations")
	Mono<String> page(@PathVariable String id, @PathVariable String activityId,
			@RequestParam(name = "language", required = false) String language, Model model, Locale locale) {
		return owned(id, activityId).flatMap(found -> {
			Activity activity = found.getT2();
			String chosen = targets(activity).contains(language) ? language : null;
			if (chosen == null) {
				model.addAttribute("form", new TranslationForm(null, null, null));
				return Mono.just(page(found.getT1(), activity, null, model));
			}
			ActivityTexts.Text own = activity.texts().versions().get(chosen);
			if (own != null) {
				model.addAttribute("form", new TranslationForm(chosen, own.title(), own.description()));
				return Mono.just(page(found.getT1(), activity, chosen, model));
			}
			return this.readerTranslation.translated(activity, chosen).map(machine -> {
				model.addAttribute("form",
						new TranslationForm(chosen, machine.text().title(), machine.text().description()));
				model.addAttribute("machineEngine", machine.engine());
				return page(found.getT1(), activity, chosen, model);
			}).switchIfEmpty(Mono.fromSupplier(() -> {
				model.addAttribute("form", new TranslationForm(chosen, "", ""));
				model.addAttribute("noMachine", true);
				return page(found.getT1(), activity, chosen, model);
			}));
		});
	}

	@PostMapping("/organisations/{id}/activities/{activityId}/translations")
	Mono<String> save(@PathVariable String id, @PathVariable String activityId,
			@Valid @ModelAttribute("form") TranslationForm form, BindingResult errors, Model model) {
		return owned(id, activityId).flatMap(found -> {
			Activity activity = found.getT2();
			List<String> targets = targets(activity);
			if (!errors.hasFieldErrors("translationLanguage") && !targets.contains(form.translationLanguage())) {
				errors.rejectValue("translationLanguage", "validation.textLanguage");
			}
			if (errors.hasErrors()) {
				String chosen = targets.contains(form.translationLanguage()) ? form.translationLanguage() : null;
				return Mono.just(page(found.getT1(), activity, chosen, model));
			}
			ActivityTexts.Text text = new ActivityTexts.Text(form.translationTitle().strip(),
					form.translationDescription() == null ? "" : form.translationDescription().strip());
			return this.store.setText(activityId, form.translationLanguage(), text)
				.flatMap(this.search::index)
				.thenReturn("redirect:/organisations/" + id + "/activities/" + activityId + "/translations?language="
						+ form.translationLanguage() + "&saved");
		});
	}

	private Mono<reactor.util.function.Tuple2<Organisation, Activity>> owned(String id, String activityId) {
		return CurrentActor.required()
			.flatMap((Actor actor) -> this.organisations.managedBy(actor, id))
			.flatMap(organisation -> this.store.find(activityId)
				.filter(activity -> activity.organisationId().equals(organisation.id()))
				.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", activityId)))
				.map(activity -> Tuples.of(organisation, activity)));
	}

	/**
	 * The languages an organisation may write a version in: every text language but the
	 * original.
	 */
	private static List<String> targets(Activity activity) {
		return ActivityForm.TEXT_LANGUAGES.stream()
			.filter(language -> !language.equals(activity.texts().originalLanguage()))
			.toList();
	}

	private String page(Organisation organisation, Activity activity, String chosen, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("activity", activity);
		model.addAttribute("original", activity.texts().original());
		model.addAttribute("originalLanguage", activity.texts().originalLanguage());
		model.addAttribute("targets", targets(activity));
		model.addAttribute("written", activity.texts().versions().keySet());
		model.addAttribute("chosen", chosen);
		model.addAttribute("chosenDir", SupportedLanguage.rightToLeft(chosen) ? "rtl" : "ltr");
		return PAGE;
	}

}
