package no.hverdag.activities.internal;

import java.util.List;

import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ListingReports;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Report this listing", linked from every activity page: anyone, no account needed, a
 * category and an optional note; then a confirmation page. Rate-limited per client
 * address by {@code RateLimitFilter}.
 */
@PageController
class ListingReportPages {

	private final ListingReports reports;

	private final ActivityCatalogue catalogue;

	ListingReportPages(ListingReports reports, ActivityCatalogue catalogue) {
		this.reports = reports;
		this.catalogue = catalogue;
	}

	/** The report form as the page sends it. */
	record ReportForm(String category, String note) {
	}

	@GetMapping("/activities/{id}/report")
	Mono<String> form(@PathVariable String id, Model model) {
		return this.catalogue.find(id).map(activity -> {
			model.addAttribute("activity", activity);
			model.addAttribute("categories", ListingReports.Category.values());
			model.addAttribute("report", new ReportForm(null, ""));
			model.addAttribute("problems", List.of());
			return "activities/report";
		});
	}

	@PostMapping("/activities/{id}/report")
	Mono<String> report(@PathVariable String id, @ModelAttribute("report") ReportForm form, Model model) {
		return this.catalogue.find(id)
			.flatMap(activity -> this.reports.report(id, form.category(), form.note())
				.map(done -> "redirect:/activities/" + id + "/report?sent")
				.onErrorResume(HverdagException.InvalidInput.class, invalid -> {
					model.addAttribute("activity", activity);
					model.addAttribute("categories", ListingReports.Category.values());
					model.addAttribute("problems",
							invalid.fieldProblems().stream().map(HverdagException.FieldProblem::field).toList());
					return Mono.just("activities/report");
				}));
	}

}
