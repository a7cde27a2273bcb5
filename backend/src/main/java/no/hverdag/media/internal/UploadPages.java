package no.hverdag.media.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.humanlibrary.VolunteerOffer;
import no.hverdag.humanlibrary.VolunteerOffers;
import no.hverdag.media.ImageUpload;
import no.hverdag.media.Images;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * One page per picture: an organisation's logo, an activity's photo, a volunteer's photo.
 * Each shows the current picture and a plain multipart form (file + alternative text),
 * works without JavaScript, and answers a refused upload inline, writing nothing.
 */
@PageController
class UploadPages {

	private final Images images;

	private final Organisations organisations;

	private final ActivityCatalogue catalogue;

	private final VolunteerOffers offers;

	UploadPages(Images images, Organisations organisations, ActivityCatalogue catalogue, VolunteerOffers offers) {
		this.images = images;
		this.organisations = organisations;
		this.catalogue = catalogue;
		this.offers = offers;
	}

	/** What one upload page is about. */
	record Target(String kind, List<String> owners, String action, String back, String subjectName) {
	}

	@GetMapping("/organisations/{id}/logo")
	Mono<Rendering> logo(@PathVariable String id) {
		return logoTarget(id).flatMap(target -> page(target, HttpStatus.OK, Map.of(), "", false));
	}

	@PostMapping("/organisations/{id}/logo")
	Mono<Rendering> uploadLogo(@PathVariable String id, ServerWebExchange exchange, Locale locale) {
		return logoTarget(id).flatMap(target -> upload(target, exchange, locale, null));
	}

	@GetMapping("/organisations/{id}/activities/{activityId}/photo")
	Mono<Rendering> photo(@PathVariable String id, @PathVariable String activityId) {
		return activityTarget(id, activityId).flatMap(target -> page(target, HttpStatus.OK, Map.of(), "", false));
	}

	@PostMapping("/organisations/{id}/activities/{activityId}/photo")
	Mono<Rendering> uploadPhoto(@PathVariable String id, @PathVariable String activityId, ServerWebExchange exchange,
			Locale locale) {
		return activityTarget(id, activityId).flatMap(target -> upload(target, exchange, locale, null));
	}

	@GetMapping("/volunteer/photo")
	Mono<Rendering> volunteerPhoto() {
		return CurrentActor.required()
			.flatMap(volunteer -> volunteerTarget(volunteer)
				.flatMap(target -> page(target, HttpStatus.OK, Map.of(), "", false)));
	}

	@PostMapping("/volunteer/photo")
	Mono<Rendering> uploadVolunteerPhoto(ServerWebExchange exchange, Locale locale) {
		return CurrentActor.required()
			.flatMap(volunteer -> volunteerTarget(volunteer)
				.flatMap(target -> upload(target, exchange, locale, volunteer)));
	}

	private Mono<Target> logoTarget(String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.organisations.managedBy(actor, id))
			.map(organisation -> new Target("logo", List.of("organisation:" + id), "/organisations/" + id + "/logo",
					"/organisations/" + id, organisation.name()));
	}

	private Mono<Target> activityTarget(String id, String activityId) {
		return CurrentActor.required()
			.flatMap(actor -> this.organisations.managedBy(actor, id))
			.flatMap(organisation -> this.catalogue.find(activityId)
				.filter(activity -> activity.organisationId().equals(id))
				.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", activityId)))
				.map(activity -> new Target("photo", List.of("activity:" + activityId),
						"/organisations/" + id + "/activities/" + activityId + "/photo", "/organisations/" + id,
						activity.texts().original().title())));
	}

	private Mono<Target> volunteerTarget(Actor volunteer) {
		return this.offers.mine(volunteer)
			.map(VolunteerOffer::id)
			.map(offerId -> "person:" + offerId)
			.collectList()
			.flatMap(owners -> owners.isEmpty()
					? Mono.error(new HverdagException.Forbidden("error.forbidden.volunteerPhoto"))
					: Mono.just(new Target("volunteer", owners, "/volunteer/photo", "/volunteer",
							volunteer.displayName())));
	}

	private Mono<Rendering> upload(Target target, ServerWebExchange exchange, Locale locale, Actor personal) {
		return exchange.getMultipartData().flatMap(parts -> bytes(parts).flatMap(bytes -> {
			String alt = text(parts.getFirst("alt"));
			return this.images.attach(target.owners(), new ImageUpload(bytes, alt, locale.getLanguage()), personal)
				.thenReturn(Rendering.redirectTo(target.action() + "?saved").status(HttpStatus.SEE_OTHER).build())
				.onErrorResume(HverdagException.InvalidInput.class,
						invalid -> page(target, HttpStatus.BAD_REQUEST, problems(invalid), alt, true));
		}))
			.onErrorResume(DataBufferLimitException.class, tooLarge -> page(target, HttpStatus.BAD_REQUEST,
					Map.of("file", "validation.media.tooLarge"), "", true));
	}

	static Mono<byte[]> bytes(MultiValueMap<String, Part> parts) {
		if (!(parts.getFirst("file") instanceof FilePart file)) {
			return Mono.just(new byte[0]);
		}
		return DataBufferUtils.join(file.content(), ImageUpload.MAX_BYTES).map(buffer -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).defaultIfEmpty(new byte[0]);
	}

	static String text(Part part) {
		return part instanceof FormFieldPart field ? field.value() : "";
	}

	private Mono<Rendering> page(Target target, HttpStatus status, Map<String, String> errors, String typedAlt,
			boolean posted) {
		return this.images.of(target.owners().get(0))
			.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.map(current -> Rendering.view("media/upload")
				.status(status)
				.modelAttribute("target", target)
				.modelAttribute("current", current.orElse(null))
				.modelAttribute("errors", errors)
				.modelAttribute("typedAlt", typedAlt)
				.modelAttribute("maxAlt", ImageUpload.MAX_ALT)
				.modelAttribute("maxMegabytes", ImageUpload.MAX_BYTES / (1024 * 1024))
				.build());
	}

	static Map<String, String> problems(HverdagException.InvalidInput invalid) {
		Map<String, String> problems = new LinkedHashMap<>();
		invalid.fieldProblems().forEach(p -> problems.putIfAbsent(p.field(), p.messageKey()));
		return problems;
	}

}
