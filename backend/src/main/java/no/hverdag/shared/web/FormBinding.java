package no.hverdag.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form and query object is a flat record: no field name has an index or a nested
 * path. Names like {@code firstName[0]} or {@code contact.x} are therefore never bound
 * (they would make the binder walk into a {@code String} and fail with a 500); they are
 * ignored like any other unknown field.
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void flatNamesOnly(WebDataBinder binder) {
		binder.setDisallowedFields("*[*", "*]*", "*.*");
	}

}
