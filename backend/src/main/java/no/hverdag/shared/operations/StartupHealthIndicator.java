package no.hverdag.shared.operations;

import java.util.List;

import no.hverdag.shared.StartupStep;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Ready only when every start-up step (indexes, reference data, the search index, planned
 * slots) has finished: a step that runs in the background keeps the node out of the load
 * balancer until it is done. Part of the readiness group ({@code /readyz}).
 */
@Component("startupHealthIndicator")
class StartupHealthIndicator extends AbstractHealthIndicator {

	private final ObjectProvider<StartupStep> steps;

	StartupHealthIndicator(ObjectProvider<StartupStep> steps) {
		super("Start-up steps could not be checked");
		this.steps = steps;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<String> pending = this.steps.orderedStream()
			.filter(step -> !step.isRunning())
			.map(step -> step.getClass().getSimpleName())
			.toList();
		if (pending.isEmpty()) {
			builder.up();
		}
		else {
			builder.outOfService().withDetail("pending", pending);
		}
	}

}
