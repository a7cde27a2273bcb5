package no.hverdag.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import no.hverdag.media.ImageUpload;
import no.hverdag.media.Images;
import no.hverdag.media.Picture;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import no.hverdag.venues.Venue;
import no.hverdag.venues.Venues;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * A venue's photos (issue 14): up to {@value #MAX_PHOTOS}, each with its alternative
 * text, uploaded and removed by whoever manages the venue. Each photo is one attachment
 * in a fixed slot ({@code venue:ID:1} … {@code venue:ID:4}), so there are never more than
 * four, under any concurrency: a second upload into the same slot replaces, it never
 * adds. The upload itself is the one of {@link UploadPages} (same checks, same
 * processing).
 */
@PageController
class VenuePhotoPages {

	static final int MAX_PHOTOS = 4;

	private final Images images;

	private final Venues venues;

	VenuePhotoPages(Images images, Venues venues) {
		this.images = images;
		this.venues = venues;
	}

	/** The attachment owner of one slot. */
	static String owner(String venueId, int slot) {
		return "venue:" + venueId + ":" + slot;
	}

	static List<String> owners(String venueId) {
		return IntStream.rangeClosed(1, MAX_PHOTOS).mapToObj(slot -> owner(venueId, slot)).toList();
	}

	/** One shown photo and the slot it sits in (to remove it). */
	record Slotted(int slot, Picture picture) {
	}

	@GetMapping("/venues/{id}/photos")
	Mono<Rendering> photos(@PathVariable String id) {
		return managed(id).flatMap(venue -> page(venue, HttpStatus.OK, Map.of(), ""));
	}

	@PostMapping("/venues/{id}/photos")
	Mono<Rendering> upload(@PathVariable String id, ServerWebExchange exchange, Locale locale) {
		return managed(id)
			.flatMap(venue -> exchange.getMultipartData().flatMap(parts -> UploadPages.bytes(parts).flatMap(bytes -> {
				String alt = UploadPages.text(parts.getFirst("alt"));
				ImageUpload upload = new ImageUpload(bytes, alt, locale.getLanguage());
				return current(id).flatMap(shown -> {
					int free = freeSlot(shown);
					if (free == 0) {
						return Mono.error(new HverdagException.InvalidInput("file", "validation.media.venueFull"));
					}
					return this.images.attach(List.of(owner(id, free)), upload, null);
				})
					.thenReturn(redirect(id, "saved"))
					.onErrorResume(HverdagException.InvalidInput.class,
							invalid -> page(venue, HttpStatus.BAD_REQUEST, UploadPages.problems(invalid), alt));
			}))
				.onErrorResume(DataBufferLimitException.class, tooLarge -> page(venue, HttpStatus.BAD_REQUEST,
						Map.of("file", "validation.media.tooLarge"), "")));
	}

	@PostMapping("/venues/{id}/photos/{slot}/remove")
	Mono<Rendering> remove(@PathVariable String id, @PathVariable int slot) {
		if (slot < 1 || slot > MAX_PHOTOS) {
			return Mono.error(new HverdagException.NotFound("photo", String.valueOf(slot)));
		}
		return managed(id).flatMap(venue -> this.images.detach(owner(id, slot))).thenReturn(redirect(id, "removed"));
	}

	private Mono<Venue> managed(String id) {
		return CurrentActor.required().flatMap(actor -> this.venues.managed(actor, id));
	}

	/** The venue's photos in slot order. */
	private Mono<List<Slotted>> current(String venueId) {
		return this.images.of(owners(venueId)).map(found -> {
			List<Slotted> shown = new ArrayList<>();
			for (int slot = 1; slot <= MAX_PHOTOS; slot++) {
				Picture picture = found.get(owner(venueId, slot));
				if (picture != null) {
					shown.add(new Slotted(slot, picture));
				}
			}
			return shown;
		});
	}

	private static int freeSlot(List<Slotted> shown) {
		for (int slot = 1; slot <= MAX_PHOTOS; slot++) {
			int candidate = slot;
			if (shown.stream().noneMatch(s -> s.slot() == candidate)) {
				return slot;
			}
		}
		return 0;
	}

	private static Rendering redirect(String id, String flag) {
		return Rendering.redirectTo("/venues/" + id + "/photos?" + flag).status(HttpStatus.SEE_OTHER).build();
	}

	private Mono<Rendering> page(Venue venue, HttpStatus status, Map<String, String> errors, String typedAlt) {
		return current(venue.id()).map(shown -> Rendering.view("media/venue-photos")
			.status(status)
			.modelAttribute("target",
					new UploadPages.Target("venue", owners(venue.id()), "/venues/" + venue.id() + "/photos",
							"/venues/" + venue.id(), venue.name()))
			.modelAttribute("venue", venue)
			.modelAttribute("shown", shown)
			.modelAttribute("full", shown.size() >= MAX_PHOTOS)
			.modelAttribute("maxPhotos", MAX_PHOTOS)
			.modelAttribute("errors", errors)
			.modelAttribute("typedAlt", typedAlt)
			.modelAttribute("maxAlt", ImageUpload.MAX_ALT)
			.modelAttribute("maxMegabytes", ImageUpload.MAX_BYTES / (1024 * 1024))
			.build());
	}

}
