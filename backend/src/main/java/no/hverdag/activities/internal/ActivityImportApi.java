package no.hverdag.activities.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/organisations/{id}/activities/import} with a CSV or JSON body (see
 * docs/import-format.md): 200 with the report for a clean file, 400 problem details
 * listing every bad row (and nothing written) otherwise.
 */
@RestController
class ActivityImportApi {

	/**
	 * A spreadsheet of a municipality's activities is larger than anything else sent to
	 * us, so this route reads its body itself with this limit instead of the 64 KB every
	 * other body gets.
	 */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	private final ActivityImport imports;

	private final MessageSource messages;

	ActivityImportApi(ActivityImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@Operation(summary = "Import activities from a spreadsheet (CSV) or JSON",
			description = "One activity per row, checked with the rules of posting one (docs/import-format.md). "
					+ "All or nothing: with any bad row nothing is written and the answer is 400 problem details "
					+ "listing every bad row (row, field, message). Re-importing the same file creates no "
					+ "duplicates. At most 5,000 rows and 2 MB.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = "text/csv",
							schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string",
									description = "UTF-8 CSV, a header row with the columns of docs/import-format.md, "
											+ "then one activity per row")),
					@Content(mediaType = "application/json",
							array = @io.swagger.v3.oas.annotations.media.ArraySchema(
									schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object",
											description = "One activity: the CSV's columns as names; values are "
													+ "strings, numbers, booleans or arrays of strings"))) }))
	@Parameter(name = "dryRun", description = "true (default): check and report, write nothing; false: import")
	@PostMapping(path = "/api/v1/organisations/{organisationId}/activities/import",
			consumes = { "text/csv", MediaType.APPLICATION_JSON_VALUE })
	Mono<ResponseEntity<Object>> importActivities(@PathVariable String organisationId,
			@RequestParam(defaultValue = "true") boolean dryRun, ServerHttpRequest request, Locale locale) {
		MediaType type = request.getHeaders().getContentType();
		ActivityImport.Format format = type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON)
				? ActivityImport.Format.JSON : ActivityImport.Format.CSV;
		return CurrentActor.required()
			.flatMap(actor -> body(request)
				.flatMap(content -> this.imports.importFile(actor, organisationId, format, content, dryRun, locale)))
			.map(report -> report.clean() ? ResponseEntity.ok((Object) report) : problem(report, request, locale))
			.onErrorResume(DataBufferLimitException.class, ex -> Mono.just(tooLarge(request, locale)));
	}

	static Mono<String> body(ServerHttpRequest request) {
		return DataBufferUtils.join(request.getBody(), MAX_BYTES).map(ActivityImportApi::text).defaultIfEmpty("");
	}

	static String text(DataBuffer buffer) {
		try {
			return buffer.toString(StandardCharsets.UTF_8);
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private ResponseEntity<Object> problem(ActivityImport.Report report, ServerHttpRequest request, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("import.problem", new Object[] { report.errors().size() }, locale));
		problem.setInstance(URI.create(request.getPath().value()));
		problem.setProperty("dryRun", report.dryRun());
		problem.setProperty("rows", report.rows());
		problem.setProperty("imported", 0);
		problem.setProperty("updated", 0);
		problem.setProperty("unchanged", 0);
		problem.setProperty("errors", report.errors());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ResponseEntity<Object> tooLarge(ServerHttpRequest request, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				this.messages.getMessage("import.tooLarge", null, locale));
		problem.setInstance(URI.create(request.getPath().value()));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
