package no.hverdag.municipalities.internal;

import no.hverdag.municipalities.Position;
import reactor.core.publisher.Mono;

/** A register that knows where addresses are; empty when it does not know this one. */
public interface AddressSource {

	Mono<Position> locate(String address, String municipality);

}
