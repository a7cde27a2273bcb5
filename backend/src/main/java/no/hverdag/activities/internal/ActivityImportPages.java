package no.hverdag.activities.internal;

import java.util.Locale;

import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * The import page on the organisation's dashboard: choose a file, see every bad row, and
 * after a clean check "import now". Works without JavaScript (a multipart form).
 */
@PageController
class ActivityImportPages {

	private static final String PAGE = "activities/import";

	private final Organisations organisations;

	private final ActivityImport imports;

	private final ActivityImportUploads uploads;

	ActivityImportPages(Organisations organisations, ActivityImport imports, ActivityImportUploads uploads) {
		this.organisations = organisations;
		this.imports = imports;
		this.uploads = uploads;
	}

	@GetMapping("/organisations/{id}/activities/import")
	Mono<String> form(@PathVariable String id, Model model) {
		return CurrentActor.required()
			.flatMap(actor -> this.organisations.managedBy(actor, id))
			.map(organisation -> page(organisation, model));
	}

	/**
	 * Checks the chosen file (a dry run) and keeps it for "import now" if it is clean.
	 */
	@PostMapping("/organisations/{id}/activities/import")
	Mono<String> check(@PathVariable String id, ServerWebExchange exchange, Model model, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.organisations.managedBy(actor, id)
				.flatMap(organisation -> exchange.getMultipartData()
					.map(parts -> java.util.Optional.ofNullable(parts.getFirst("file")))
					.flatMap(file -> file.filter(FilePart.class::isInstance)
						.map(part -> check(actor, organisation, (FilePart) part, model, locale))
						.orElseGet(() -> Mono.just(problem(organisation, model, "import.chooseFile"))))));
	}

	private Mono<String> check(Actor actor, Organisation organisation, FilePart file, Model model, Locale locale) {
		ActivityImport.Format format = file.filename().toLowerCase(Locale.ROOT).endsWith(".json")
				? ActivityImport.Format.JSON : ActivityImport.Format.CSV;
		return DataBufferUtils.join(file.content(), ActivityImportApi.MAX_BYTES)
			.map(ActivityImportApi::text)
			.defaultIfEmpty("")
			.flatMap(content -> this.imports.importFile(actor, organisation.id(), format, content, true, locale)
				.flatMap(report -> {
					model.addAttribute("report", report);
					model.addAttribute("filename", file.filename());
					if (!report.clean()) {
						return Mono.just(page(organisation, model));
					}
					return this.uploads.keep(organisation.id(), format, content).map(upload -> {
						model.addAttribute("upload", upload.id());
						return page(organisation, model);
					});
				}))
			.onErrorResume(DataBufferLimitException.class,
					ex -> Mono.just(problem(organisation, model, "import.tooLarge")));
	}

	/** "Import now": writes the file checked before. */
	@PostMapping("/organisations/{id}/activities/import/confirm")
	Mono<String> confirm(@PathVariable String id, ServerWebExchange exchange, Model model, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.organisations.managedBy(actor, id)
				.flatMap(organisation -> exchange.getFormData()
					.flatMap(form -> this.uploads.find(id, String.valueOf(form.getFirst("upload"))))
					.flatMap(upload -> this.imports
						.importFile(actor, id, upload.format(), upload.content(), false, locale)
						.flatMap(report -> {
							if (!report.clean()) {
								// The file was clean a moment ago; show what changed.
								model.addAttribute("report", report);
								return Mono.just(page(organisation, model));
							}
							return this.uploads.forget(upload.id())
								.thenReturn("redirect:/organisations/" + id + "?imported");
						}))
					.switchIfEmpty(Mono.fromSupplier(() -> problem(organisation, model, "import.expired")))));
	}

	private String problem(Organisation organisation, Model model, String key) {
		model.addAttribute("fileError", key);
		return page(organisation, model);
	}

	private String page(Organisation organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("maxRows", ActivityImportFile.MAX_ROWS);
		model.addAttribute("columns", ActivityImportFile.COLUMNS);
		return PAGE;
	}

}
