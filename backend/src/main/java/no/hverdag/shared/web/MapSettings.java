package no.hverdag.shared.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The map's tile source (issue 12): off by default, so pages show only their lists and
 * load no map script. {@code hverdag.maps.tile-url} is a Leaflet URL template
 * ({@code https://tiles.example.org/{z}/{x}/{y}.png}); its attribution is required by
 * every tile provider's terms and is shown on the map.
 */
@ConfigurationProperties("hverdag.maps")
public record MapSettings(String tileUrl, String attribution, Integer maxZoom) {

	public MapSettings {
		tileUrl = tileUrl == null ? "" : tileUrl.strip();
		attribution = attribution == null ? "" : attribution.strip();
		maxZoom = maxZoom == null ? 18 : maxZoom;
	}

	public boolean enabled() {
		return !this.tileUrl.isEmpty();
	}

	/** Where tiles come from, for the content security policy's {@code img-src}. */
	public String tileOrigin() {
		if (!enabled()) {
			return "";
		}
		URI uri = URI.create(this.tileUrl.replaceAll("\\{[^}]*}", "0"));
		// A relative URL is this application's own (a tile server behind the same host).
		return uri.isAbsolute() ? uri.getScheme() + "://" + uri.getRawAuthority() : "";
	}

}
