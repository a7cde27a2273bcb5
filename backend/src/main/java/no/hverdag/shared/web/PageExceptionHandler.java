package no.hverdag.shared.web;

import no.hverdag.shared.HverdagException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A page that failed for the user's reason answers with a page in their language, not a
 * stack trace.
 */
@ControllerAdvice(annotations = PageController.class)
public class PageExceptionHandler {

	@ExceptionHandler(HverdagException.class)
	Rendering problem(HverdagException ex) {
		HttpStatus status = ApiExceptionHandler.statusOf(ex);
		return Rendering.view("error/problem")
			.status(status)
			.modelAttribute("status", status.value())
			.modelAttribute("messageKey", ex.messageKey())
			.modelAttribute("messageArguments", ex.arguments())
			.build();
	}

}
