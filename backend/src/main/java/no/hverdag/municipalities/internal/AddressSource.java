package no.hverdag.municipalities.internal;

import no.hverdag.municipalities.Position;
import reactor.core.publisher.Mono;

/** A register that knows where addresses are; empty when it does not know this one. */
public interface AddressSource {

	/**
	 * Whether this register is switched on; one that is not is never asked (decided at
	 * start from its settings).
	 */
	default boolean enabled() {
		return true;
	}

	Mono<Position> locate(String address, String municipality);

}
