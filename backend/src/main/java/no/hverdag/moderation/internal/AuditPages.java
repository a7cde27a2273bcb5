package no.hverdag.moderation.internal;

import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@PageController
class AuditPages {

	private final AuditReading reading;

	AuditPages(AuditReading reading) {
		this.reading = reading;
	}

	@GetMapping("/coordinator/audit")
	Mono<String> log(Model model) {
		return CurrentActor.required().flatMapMany(this.reading::visibleTo).collectList().map(entries -> {
			model.addAttribute("entries", entries);
			return "moderation/audit";
		});
	}

}
