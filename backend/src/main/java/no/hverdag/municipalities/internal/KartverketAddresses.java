package no.hverdag.municipalities.internal;

import java.util.List;
import java.util.Optional;

import no.hverdag.municipalities.Position;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Kartverket's address register (the open "adresser" API of Geonorge): the first address
 * in the asked municipality, at its representative point (EPSG:4258, which is WGS 84 to
 * within a metre). Off unless {@code hverdag.places.kartverket.enabled=true}; the base
 * address is {@code hverdag.places.kartverket.url}. Whether it is on is read when the
 * application starts, not by a bean condition, which Spring AOT would fix at build time.
 */
@Component
class KartverketAddresses implements AddressSource {

	private final WebClient http;

	private final boolean enabled;

	KartverketAddresses(WebClient.Builder builder,
			@Value("${hverdag.places.kartverket.url:https://ws.geonorge.no/adresser/v1}") String url,
			@Value("${hverdag.places.kartverket.enabled:false}") boolean enabled) {
		this.http = builder.baseUrl(url).build();
		this.enabled = enabled;
	}

	@Override
	public boolean enabled() {
		return this.enabled;
	}

	@Override
	public Mono<Position> locate(String address, String municipality) {
		return this.http.get()
			.uri(uri -> uri.path("/sok")
				.queryParam("sok", address)
				.queryParam("kommunenummer", municipality)
				.queryParam("treffPerSide", 5)
				.queryParam("utkoordsys", 4258)
				.build())
			.retrieve()
			.bodyToMono(Answer.class)
			.flatMap(answer -> Mono.justOrEmpty(answer.first(municipality)));
	}

	/** The part of the register's answer used here. */
	record Answer(List<Address> adresser) {

		Optional<Position> first(String municipality) {
			return (this.adresser == null ? List.<Address>of() : this.adresser).stream()
				.filter(address -> address.representasjonspunkt() != null)
				.filter(address -> municipality == null || municipality.equals(address.kommunenummer()))
				.findFirst()
				.map(address -> new Position(address.representasjonspunkt().lat(), address.representasjonspunkt().lon(),
						Position.Precision.ADDRESS));
		}

	}

	record Address(String adressetekst, String kommunenummer, Point representasjonspunkt) {
	}

	record Point(double lat, double lon) {
	}

}
