package no.hverdag.municipalities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import no.hverdag.municipalities.Position;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kartverket adapter against answers recorded in the register's format
 * ({@code src/test/resources/places}), served by a local HTTP server: this machine has no
 * internet, and a test must not depend on it anyway.
 */
class KartverketAddressesTest {

	private final List<String> asked = new CopyOnWriteArrayList<>();

	private DisposableServer server;

	@BeforeEach
	void register() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route(routes -> routes.get("/adresser/v1/sok", (request, response) -> {
				this.asked.add(request.uri());
				String file = request.uri().contains("Storgata") ? "kartverket-storgata-1-bodo.json"
						: "kartverket-none.json";
				return response.header("Content-Type", "application/json").sendString(Mono.just(recorded(file)));
			}))
			.bindNow();
	}

	@AfterEach
	void stop() {
		this.server.disposeNow();
	}

	private KartverketAddresses adapter() {
		return new KartverketAddresses(WebClient.builder(), "http://127.0.0.1:" + this.server.port() + "/adresser/v1",
				true);
	}

	@Test
	@DisplayName("an address in the municipality is found at its representative point, asked with the municipality's number")
	void found() {
		StepVerifier.create(adapter().locate("Storgata 1", "1804"))
			.assertNext(position -> assertThat(position)
				.isEqualTo(new Position(67.28223, 14.37862, Position.Precision.ADDRESS)))
			.verifyComplete();
		assertThat(this.asked).singleElement()
			.satisfies(uri -> assertThat(uri).contains("sok=Storgata", "kommunenummer=1804", "utkoordsys=4258"));
	}

	@Test
	@DisplayName("an address the register does not know, or one only in another municipality, finds nothing")
	void notFound() {
		StepVerifier.create(adapter().locate("Finnesikkeveien 99", "1804")).verifyComplete();
		StepVerifier.create(adapter().locate("Storgata 1", "0301")).verifyComplete();
	}

	private static String recorded(String name) {
		try (InputStream in = KartverketAddressesTest.class.getResourceAsStream("/places/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	@DisplayName("the register is on only with hverdag.places.kartverket.enabled=true, read at start")
	void offUnlessEnabled() {
		assertThat(new KartverketAddresses(WebClient.builder(), "https://ws.geonorge.no/adresser/v1", false).enabled())
			.isFalse();
		assertThat(adapter().enabled()).isTrue();
	}

}
