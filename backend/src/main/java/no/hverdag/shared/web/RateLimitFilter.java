package no.hverdag.shared.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import no.hverdag.shared.i18n.SupportedLanguage;
import no.hverdag.shared.security.Hashes;
import no.hverdag.shared.operations.PlatformMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Limits per client how often someone may request a sign-in code, try to sign in and book
 * a slot (see {@link RateLimitProperties} for the limits). Everything else passes
 * untouched.
 *
 * <p>
 * It runs before Spring Security's filter chain ({@code WebFilterChainProxy}, order
 * -100), so a flood is turned away before any session, CSRF or authentication work. A
 * refused request gets 429 with {@code Retry-After} in whole seconds: problem details
 * under {@code /api/}, a short page elsewhere, in the caller's language
 * ({@code error.http.429}).
 *
 * <p>
 * A client is its remote address. Behind a reverse proxy that is the proxy's address
 * &mdash; every visitor would share one allowance &mdash; unless the operator sets
 * {@code server.forward-headers-strategy=framework}: Spring's
 * {@code ForwardedHeaderTransformer} then replaces the remote address with the one in
 * {@code Forwarded}/{@code X-Forwarded-For} before any filter runs. Enable it only behind
 * a proxy that overwrites those headers, or clients choose their own address.
 *
 * <p>
 * The buckets live in the store by default, shared by every node ({@link SharedBuckets},
 * issue 17); {@code hverdag.rate-limits.store=memory} keeps them on this node
 * ({@link ClientBuckets}, bounded in size and pruned of idle clients every minute), where
 * with several nodes each would count on its own.
 */
@Component
class RateLimitFilter implements WebFilter, Ordered {

	/** Before Spring Security's {@code WebFilterChainProxy} (-100). */
	static final int ORDER = -200;

	static final String MESSAGE_KEY = "error.http.429";

	/** Until {@code error.http.429} is in the bundles, and for unknown languages. */
	static final String FALLBACK_DETAIL = "Too many attempts. Please wait a little and try again.";

	private static final String UNKNOWN_CLIENT = "unknown";

	private static final String KIOSK_SCHEME = "Kiosk ";

	private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

	/** The page loads only our stylesheet. */
	private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; "
			+ "form-action 'none'; frame-ancestors 'none'";

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private final boolean enabled;

	private final List<LimitBuckets> limits;

	private final List<Rule> rules;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	@Autowired
	RateLimitFilter(RateLimitProperties properties, MessageSource messages, ObjectProvider<ITemplateEngine> templates,
			RateLimitStore store) {
		this(properties, messages, store, templates.getIfAvailable());
	}

	RateLimitFilter(RateLimitProperties properties, MessageSource messages, TimeMeter time) {
		this(properties, messages, RateLimitStore.inMemory(properties.maxClients(), time), null);
	}

	RateLimitFilter(RateLimitProperties properties, MessageSource messages, TimeMeter time, ITemplateEngine templates) {
		this(properties, messages, RateLimitStore.inMemory(properties.maxClients(), time), templates);
	}

	RateLimitFilter(RateLimitProperties properties, MessageSource messages, RateLimitStore store,
			ITemplateEngine templates) {
		this.enabled = properties.enabled();
		this.messages = messages;
		this.templates = templates;
		LimitBuckets codes = store.limit("codes", properties.codes());
		LimitBuckets signIn = store.limit("sign-in", properties.signIn());
		LimitBuckets bookings = store.limit("bookings", properties.bookings());
		LimitBuckets reports = store.limit("reports", properties.reports());
		this.limits = List.of(codes, signIn, bookings, reports);
		this.rules = List.of(new Rule(Set.of(HttpMethod.POST), "/login/code/request", codes),
				new Rule(Set.of(HttpMethod.POST), "/login/ott", signIn),
				// Starting an OpenID Connect sign-in stores an authorization request
				// (issue 10): every start counts.
				new Rule(Set.of(), "/oauth2/authorization/**", signIn),
				// Spring Security's OAuth2 login filter answers this path for every
				// method, so every method counts, not only the GET a provider redirects
				// with.
				new Rule(Set.of(), "/login/oauth2/code/**", signIn),
				new Rule(Set.of(HttpMethod.POST), "/kiosk/*/slots/*/bookings", bookings),
				new Rule(Set.of(HttpMethod.POST), "/api/v1/slots/*/bookings", bookings),
				// A kiosk serves many patrons from one address: it shares the booking
				// limit.
				new Rule(Set.of(HttpMethod.POST), "/api/v1/kiosk/slots/*/bookings", bookings),
				// borrow a local (issue 6): web bookings and kiosk check-ins by
				// reference.
				new Rule(Set.of(HttpMethod.POST), "/borrow/slots/*/bookings", bookings),
				new Rule(Set.of(HttpMethod.POST), "/kiosk/*/check-in", bookings),
				// Sign-ups for activities: the same kind of public write as a booking,
				// and
				// the same allowance.
				new Rule(Set.of(HttpMethod.POST), "/activities/*/signups", bookings),
				new Rule(Set.of(HttpMethod.POST), "/api/v1/activities/*/signups", bookings),
				// "Report this listing" (issue 12): anyone may, so it is limited per
				// address like the other public writes, on its own allowance.
				new Rule(Set.of(HttpMethod.POST), "/activities/*/report", reports),
				new Rule(Set.of(HttpMethod.POST), "/api/v1/activities/*/reports", reports));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!this.enabled) {
			return chain.filter(exchange);
		}
		LimitBuckets limit = limitFor(exchange.getRequest());
		if (limit == null) {
			return chain.filter(exchange);
		}
		String client = clientOf(exchange.getRequest());
		return limit.consume(client).map(Optional::of).onErrorResume(error -> {
			// The bucket could not be read or written: a burst from this address kept
			// losing the compare-and-swap past its budget, or the store is away. Nothing
			// is handled unlimited; the client is asked to try again shortly.
			log.warn("Rate limit '{}' could not be checked for {} {} {}: {}", limit.name(), client,
					exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(), error.toString());
			return Mono.just(Optional.empty());
		}).flatMap(taken -> {
			if (taken.isPresent() && taken.get().isConsumed()) {
				// A request refused as unusable (400) sent nothing and booked nothing: it
				// does not use up the allowance of the people behind that address.
				return chain.filter(exchange)
					.then(Mono.defer(() -> (exchange.getResponse().getStatusCode() == HttpStatus.BAD_REQUEST)
							? limit.giveBack(client) : Mono.empty()));
			}
			log.debug("Rate limit '{}' refused {} {} {}", limit.name(), client, exchange.getRequest().getMethod(),
					exchange.getRequest().getPath().value());
			PlatformMetrics.rateLimitRefusal(limit.name());
			return refuse(exchange, taken.map(RateLimitFilter::retryAfterSeconds).orElse(1L));
		});
	}

	/**
	 * Forgets clients idle for longer than their limit's period. Runs on the scheduler's
	 * thread, never on the event loop.
	 */
	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void pruneIdle() {
		for (LimitBuckets limit : this.limits) {
			limit.pruneIdle();
		}
	}

	/** How many clients each limit remembers, by limit name (for tests and diagnosis). */
	Map<String, Integer> clientsRemembered() {
		Map<String, Integer> sizes = new LinkedHashMap<>();
		this.limits.forEach(limit -> sizes.put(limit.name(), limit.size()));
		return sizes;
	}

	private LimitBuckets limitFor(ServerHttpRequest request) {
		for (Rule rule : this.rules) {
			if (rule.matches(request)) {
				return rule.limit();
			}
		}
		return null;
	}

	/**
	 * The client's address (already the forwarded one when the operator enabled
	 * {@code server.forward-headers-strategy=framework}). The limit's name is the other
	 * half of the key: each limit keeps its own buckets.
	 */
	static String clientOf(ServerHttpRequest request) {
		// A kiosk device counts apart from the address it shares with the library's
		// visitors (issue 10). A made-up credential gets a bucket of its own too, but
		// is then refused with 401 before it can book anything.
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.startsWith(KIOSK_SCHEME)) {
			return "kiosk:" + Hashes.sha256Hex(authorization.substring(KIOSK_SCHEME.length()).strip());
		}
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return UNKNOWN_CLIENT;
		}
		InetAddress address = remote.getAddress();
		return (address != null) ? address.getHostAddress() : remote.getHostString();
	}

	/** Whole seconds until the next token, rounded up, at least 1. */
	static long retryAfterSeconds(ConsumptionProbe probe) {
		long nanos = Math.max(0, probe.getNanosToWaitForRefill());
		long seconds = nanos / NANOS_PER_SECOND + ((nanos % NANOS_PER_SECOND != 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

	private Mono<Void> refuse(ServerWebExchange exchange, long seconds) {
		Locale locale = localeOf(exchange);
		String detail = this.messages.getMessage(MESSAGE_KEY, null, FALLBACK_DETAIL, locale);
		SupportedLanguage language = FALLBACK_DETAIL.equals(detail) ? SupportedLanguage.EN
				: SupportedLanguage.of(locale);
		String path = exchange.getRequest().getPath().value();

		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		HttpHeaders headers = response.getHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		headers.setCacheControl(CacheControl.noStore());
		headers.setContentLanguage(language.locale());
		// Spring Security's header writers never see this response: it answers first.
		headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("X-Frame-Options", "DENY");
		headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
		if ("https".equals(exchange.getRequest().getURI().getScheme())) {
			headers.set("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}

		byte[] body;
		if (path.startsWith("/api/")) {
			headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			body = ProblemResponses.body(HttpStatus.TOO_MANY_REQUESTS, detail, path);
		}
		else {
			headers.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
			body = (this.templates != null) ? styledPage(detail, language, seconds) : page(detail, language);
		}
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

	private static Locale localeOf(ServerWebExchange exchange) {
		LocaleContext context = exchange.getLocaleContext();
		Locale locale = (context != null) ? context.getLocale() : null;
		return (locale != null) ? locale : SupportedLanguage.NB.locale();
	}

	/**
	 * The page in the site's look and the user's language (issue 12). Rendered from a
	 * template that needs no request model: the refusal comes before Spring's web layer.
	 */
	private byte[] styledPage(String detail, SupportedLanguage language, long seconds) {
		Context context = new Context(language.locale(), Map.of("detail", detail, "seconds", seconds));
		return this.templates.process("error/too-many", context).getBytes(StandardCharsets.UTF_8);
	}

	/** Without a template engine (unit tests of the filter alone). */
	private static byte[] page(String detail, SupportedLanguage language) {
		String text = HtmlUtils.htmlEscape(detail, StandardCharsets.UTF_8.name());
		return """
				<!DOCTYPE html>
				<html lang="%s" dir="%s">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>429 &ndash; %s</title></head>
				<body><main><h1>%s</h1><p><a href="/">Hverdag</a></p></main></body>
				</html>
				""".formatted(language.code(), language.rightToLeft() ? "rtl" : "ltr", text, text)
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Requests to a path pattern, with one of the methods (any when empty), count here.
	 */
	private record Rule(Set<HttpMethod> methods, PathPattern pattern, LimitBuckets limit) {

		Rule(Set<HttpMethod> methods, String pattern, LimitBuckets limit) {
			this(methods, PathPatternParser.defaultInstance.parse(pattern), limit);
		}

		boolean matches(ServerHttpRequest request) {
			return (this.methods.isEmpty() || this.methods.contains(request.getMethod()))
					&& this.pattern.matches(request.getPath().pathWithinApplication());
		}

	}

}
