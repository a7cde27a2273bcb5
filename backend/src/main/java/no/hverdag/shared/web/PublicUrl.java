package no.hverdag.shared.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address people reach Hverdag at ({@code hverdag.public-url}). Every absolute link
 * the platform hands out (a sign-in link in a message, the OpenID Connect
 * {@code redirect_uri}, booking links, QR codes) starts here and never with what a
 * request says about itself: the {@code Host} header is chosen by whoever sends the
 * request, so a link built from it could send a victim's sign-in token to an attacker's
 * host.
 *
 * @param publicUrl scheme, host and port (and a path prefix, if any), without a trailing
 * slash
 */
@ConfigurationProperties("hverdag")
public record PublicUrl(@DefaultValue("http://localhost:8080") URI publicUrl) {

	public PublicUrl {
		String scheme = publicUrl.getScheme();
		if (!("https".equals(scheme) || "http".equals(scheme)) || publicUrl.getHost() == null
				|| publicUrl.getQuery() != null || publicUrl.getFragment() != null) {
			throw new IllegalArgumentException(
					"hverdag.public-url must be an absolute http(s) address without query, not " + publicUrl);
		}
		publicUrl = URI.create(publicUrl.toString().replaceAll("/+$", ""));
	}

	/** The public address followed by a path (and query) that starts with a slash. */
	public String link(String pathAndQuery) {
		if (!pathAndQuery.startsWith("/")) {
			throw new IllegalArgumentException("A link path starts with a slash: " + pathAndQuery);
		}
		return this.publicUrl + pathAndQuery;
	}

}
