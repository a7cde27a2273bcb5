package no.hverdag.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import no.hverdag.shared.HverdagException;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns what went wrong in an API call into RFC 9457 problem details in the caller's
 * language, with a list of field problems where the input was at fault. Only for
 * {@code @RestController}s: pages show their errors inline instead.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler {

	private final MessageSource messages;

	public ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(HverdagException.class)
	ResponseEntity<ProblemDetail> domain(HverdagException ex, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		HttpStatus status = statusOf(ex);
		ProblemDetail problem = Problems.of(status,
				this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale), exchange);
		if (ex instanceof HverdagException.InvalidInput invalid) {
			problem.setProperty("errors",
					invalid.fieldProblems()
						.stream()
						.map(p -> Map.of("field", p.field(), "message",
								this.messages.getMessage(p.messageKey(), null, p.messageKey(), locale)))
						.toList());
		}
		if (ex instanceof ProblemProperties extra) {
			extra.properties().forEach(problem::setProperty);
		}
		return Problems.response(problem);
	}

	static HttpStatus statusOf(HverdagException ex) {
		if (ex instanceof HverdagException.NotFound) {
			return HttpStatus.NOT_FOUND;
		}
		if (ex instanceof HverdagException.Forbidden) {
			return HttpStatus.FORBIDDEN;
		}
		if (ex instanceof HverdagException.Conflict) {
			return HttpStatus.CONFLICT;
		}
		return HttpStatus.BAD_REQUEST;
	}

	@ExceptionHandler(WebExchangeBindException.class)
	ResponseEntity<ProblemDetail> invalid(WebExchangeBindException ex, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.invalidInput", null, locale), exchange);
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map((FieldError e) -> Map.of("field", e.getField(), "message", this.messages.getMessage(e, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return Problems.response(problem);
	}

	@ExceptionHandler(ServerWebInputException.class)
	ResponseEntity<ProblemDetail> unreadable(ServerWebInputException ex, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		if (NestedExceptionUtils.getRootCause(ex) instanceof DataBufferLimitException) {
			return Problems.response(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
					this.messages.getMessage("error.http.413", null, locale), exchange));
		}
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.unreadable", null, locale), exchange);
		String jsonField = jsonField(ex);
		if (jsonField != null) {
			// A body that is JSON but not of the right shape (a null in a list, a word
			// where a number belongs): name the field.
			problem.setProperty("errors", List
				.of(Map.of("field", jsonField, "message", this.messages.getMessage("error.parameter", null, locale))));
		}
		else if (ex.getMethodParameter() != null && ex.getMethodParameter().getParameterName() != null) {
			// A query parameter that could not be read: say which, so the caller can fix
			// it.
			problem.setProperty("errors", List.of(Map.of("field", ex.getMethodParameter().getParameterName(), "message",
					this.messages.getMessage("error.parameter", null, locale))));
		}
		return Problems.response(problem);
	}

	/** The JSON property a body failed on, as {@code topics} or {@code texts.en}. */
	private static String jsonField(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json) {
				String path = json.getPath()
					.stream()
					.map(JacksonException.Reference::getPropertyName)
					.filter(Objects::nonNull)
					.collect(Collectors.joining("."));
				return path.isEmpty() ? null : path;
			}
		}
		return null;
	}

	/**
	 * Problem details for exceptions that carry more than a message (e.g. the next free
	 * slots).
	 */
	public interface ProblemProperties {

		Map<String, Object> properties();

	}

	static final class Problems {

		private Problems() {
		}

		static ProblemDetail of(HttpStatus status, String detail, ServerWebExchange exchange) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
			return problem;
		}

		static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
			return ResponseEntity.status(problem.getStatus())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}

	}

}
