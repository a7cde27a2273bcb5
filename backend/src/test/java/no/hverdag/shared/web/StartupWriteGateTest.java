package no.hverdag.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.hverdag.shared.StartupGate;
import no.hverdag.shared.StartupStep;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: while the search index is still built in the background, writes wait for it
 * (and are then handled); reads pass at once.
 */
class StartupWriteGateTest {

	@Test
	@DisplayName("a write waits for background start-up work and is handled when it is done; a read passes at once")
	void writesWaitReadsPass() {
		Sinks.Empty<Void> work = Sinks.empty();
		StartupStep index = new StartupStep() {
			@Override
			protected Mono<?> run() {
				return work.asMono();
			}

			@Override
			protected boolean inBackground() {
				return true;
			}
		};
		StartupWriteGate filter = new StartupWriteGate(new StartupGate(
				new StaticListableBeanFactory(Map.of("index", index)).getBeanProvider(StartupStep.class)));
		List<String> handled = new ArrayList<>();
		WebFilterChain chain = exchange -> Mono
			.fromRunnable(() -> handled.add(exchange.getRequest().getMethod().name()));
		index.start();

		filter.filter(MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/activities")), chain).subscribe();
		filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/activities")), chain).subscribe();
		assertThat(handled).containsExactly("GET");

		work.tryEmitEmpty();
		assertThat(handled).containsExactly("GET", "POST");
	}

}
