package no.hverdag.municipalities;

import java.util.List;

import no.hverdag.municipalities.internal.AddressSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.mockito.Mockito.mock;

/**
 * An address register switched off by its settings (Kartverket without
 * {@code hverdag.places.kartverket.enabled=true}) is still a bean, decided at start
 * rather than by a bean condition (Spring AOT): place search never asks it.
 */
class SwitchedOffSourcesTest {

	@Test
	@DisplayName("a switched-off address register is never asked")
	void switchedOffNeverAsked() {
		AddressSource off = new AddressSource() {

			@Override
			public boolean enabled() {
				return false;
			}

			@Override
			public Mono<Position> locate(String address, String municipality) {
				throw new AssertionError("a switched-off register was asked");
			}

		};
		PlaceSearch search = new PlaceSearch(List.of(off), mock(MunicipalityDirectory.class), List.of());
		StepVerifier.create(search.locate("Storgata 1", "1804")).verifyComplete();
		StepVerifier.create(search.find("Storgata 1", "1804")).verifyComplete();
	}

}
