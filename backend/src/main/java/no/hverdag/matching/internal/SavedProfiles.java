package no.hverdag.matching.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import no.hverdag.matching.NewcomerProfile;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a profile is kept: for someone signed in, in MongoDB with their account (and so
 * in their export and erased with it); for everyone else only in their browser, as a
 * cookie this server never stores.
 */
@Component
class SavedProfiles implements PersonalData {

	static final String COOKIE = "hverdag_profile";

	private static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

	private final ReactiveMongoTemplate mongo;

	private final MunicipalityDirectory municipalities;

	private final Clock clock;

	SavedProfiles(ReactiveMongoTemplate mongo, MunicipalityDirectory municipalities, Clock clock) {
		this.mongo = mongo;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	Mono<NewcomerProfile> load(Optional<Actor> actor, ServerWebExchange exchange) {
		if (actor.isPresent()) {
			return this.mongo.findById(id(actor.get()), ProfileDocument.class)
				.map(doc -> ProfileParameters.read(ProfileParameters.parse(doc.query()), false,
						this.municipalities::exists));
		}
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
		if (cookie == null) {
			return Mono.empty();
		}
		try {
			String query = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			return Mono
				.just(ProfileParameters.read(ProfileParameters.parse(query), false, this.municipalities::exists));
		}
		catch (IllegalArgumentException ex) {
			return Mono.empty();
		}
	}

	Mono<Void> save(Optional<Actor> actor, NewcomerProfile profile, ServerWebExchange exchange) {
		String query = ProfileParameters.write(profile);
		if (actor.isPresent()) {
			return this.mongo
				.save(new ProfileDocument(id(actor.get()), actor.get().issuer(), actor.get().subject(), query,
						this.clock.instant()))
				.then();
		}
		exchange.getResponse()
			.addCookie(cookie(
					Base64.getUrlEncoder().withoutPadding().encodeToString(query.getBytes(StandardCharsets.UTF_8)),
					COOKIE_LIFETIME, exchange));
		return Mono.empty();
	}

	Mono<Void> forget(Optional<Actor> actor, ServerWebExchange exchange) {
		exchange.getResponse().addCookie(cookie("", Duration.ZERO, exchange));
		return actor.map(this::erase).orElse(Mono.empty());
	}

	private static ResponseCookie cookie(String value, Duration maxAge, ServerWebExchange exchange) {
		return ResponseCookie.from(COOKIE, value)
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.secure("https".equals(exchange.getRequest().getURI().getScheme()))
			.maxAge(maxAge)
			.build();
	}

	private static String id(Actor actor) {
		return actor.issuer() + " " + actor.subject();
	}

	@Override
	public String section() {
		return "profile";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.mongo.findById(id(actor), ProfileDocument.class)
			.map(doc -> Map.<String, Object>of("profile", doc.query(), "updatedAt", doc.updatedAt().toString()))
			.defaultIfEmpty(Map.of());
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id(actor))), ProfileDocument.class).then();
	}

}
