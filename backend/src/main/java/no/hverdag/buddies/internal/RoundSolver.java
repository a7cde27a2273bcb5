package no.hverdag.buddies.internal;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.PreDestroy;
import no.hverdag.buddies.Candidate;
import no.hverdag.buddies.Matchmaker;
import no.hverdag.buddies.ProgrammeRules;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * Runs the matchmaker on one worker thread of its own, never on the event loop: OR-Tools
 * blocks, and the first run loads its native libraries (about 70 MB unpacked), which is
 * done lazily so that an instance that never matches never pays for it.
 */
@Component
public class RoundSolver {

	private final Scheduler scheduler = Schedulers.newBoundedElastic(1, 32, "buddy-matching");

	private final Matchmaker matchmaker = new Matchmaker(new OrToolsAssignment());

	public Mono<Matchmaker.Outcome> run(ProgrammeRules rules, List<Candidate> newcomers, List<Candidate> locals,
			Matchmaker.Plan plan, Instant now) {
		return Mono.fromCallable(() -> this.matchmaker.run(rules, newcomers, locals, plan, now))
			.subscribeOn(this.scheduler);
	}

	@PreDestroy
	void stop() {
		this.scheduler.dispose();
	}

}
