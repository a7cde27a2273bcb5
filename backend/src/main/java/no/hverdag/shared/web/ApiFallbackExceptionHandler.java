package no.hverdag.shared.web;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Problem details for API failures that never reach a controller: unknown routes (404),
 * wrong methods (405), unsupported media types (415). Runs before Boot's error handler,
 * which keeps rendering the error pages for everything outside {@code /api/}.
 */
@Component
@Order(-2)
class ApiFallbackExceptionHandler implements WebExceptionHandler {

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final Logger LOG = LoggerFactory.getLogger(ApiFallbackExceptionHandler.class);

	private final MessageSource messages;

	ApiFallbackExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		boolean tooLarge = ex instanceof DataBufferLimitException
				|| NestedExceptionUtils.getRootCause(ex) instanceof DataBufferLimitException;
		if (!exchange.getRequest().getPath().value().startsWith("/api/") || exchange.getResponse().isCommitted()) {
			// A page's form too large to read (even the CSRF check reads it): Boot's
			// error page, as 413.
			return Mono.error(tooLarge ? new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE) : ex);
		}
		HttpStatusCode status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE
				: ex instanceof ResponseStatusException rse ? rse.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			// A defect, not the caller's fault: keep the trace, findable by the request
			// id
			// that the access log and the answer's header carry.
			LOG.error("[{}] {} {} answered {}", exchange.getRequest().getId(), exchange.getRequest().getMethod(),
					exchange.getRequest().getPath().value(), status.value(), ex);
			exchange.getResponse().getHeaders().set(REQUEST_ID_HEADER, exchange.getRequest().getId());
		}
		Locale locale = exchange.getLocaleContext().getLocale();
		String key = "error.http." + status.value();
		return ProblemResponses.write(exchange, status, this.messages.getMessage(key, null,
				this.messages.getMessage("error.http.other", null, locale), locale));
	}

}
