package no.hverdag.humanlibrary;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("One booking attempt at a time per slot on a node")
class SlotLanesTest {

	private final SlotLanes lanes = new SlotLanes();

	@Test
	@DisplayName("a second attempt waits for the first to end, then decides again")
	void secondWaitsThenDecidesAgain() {
		Sinks.One<String> first = Sinks.one();
		List<String> answers = new ArrayList<>();
		this.lanes.alone("slot", first::asMono, () -> Mono.just("unused")).subscribe(answers::add);
		this.lanes.alone("slot", () -> Mono.just("unused"), () -> Mono.just("decided again")).subscribe(answers::add);
		this.lanes.alone("other", () -> Mono.just("other slot"), () -> Mono.just("unused")).subscribe(answers::add);
		assertThat(answers).containsExactly("other slot");
		assertThat(this.lanes.busy("slot")).isTrue();

		first.tryEmitValue("first");
		assertThat(answers).containsExactly("other slot", "first", "decided again");
		assertThat(this.lanes.busy("slot")).isFalse();
	}

	@Test
	@DisplayName("an attempt that fails or is given up frees the slot for the next")
	void failedOrCancelledFrees() {
		Sinks.One<String> first = Sinks.one();
		List<String> answers = new ArrayList<>();
		this.lanes.alone("slot", first::asMono, () -> Mono.just("unused")).subscribe(answers::add, error -> {
		});
		this.lanes.alone("slot", () -> Mono.just("unused"), () -> Mono.just("after failure")).subscribe(answers::add);
		first.tryEmitError(new IllegalStateException("refused"));
		assertThat(answers).containsExactly("after failure");

		Disposable given = this.lanes.alone("slot", Mono::<String>never, () -> Mono.just("unused")).subscribe();
		Disposable waiting = this.lanes.alone("slot", () -> Mono.just("unused"), () -> Mono.just("never"))
			.subscribe(answers::add);
		waiting.dispose();
		given.dispose();
		assertThat(this.lanes.busy("slot")).isFalse();
		assertThat(answers).containsExactly("after failure");
		this.lanes.alone("slot", () -> Mono.just("free again"), () -> Mono.just("unused")).subscribe(answers::add);
		assertThat(answers).containsExactly("after failure", "free again");
	}

}
