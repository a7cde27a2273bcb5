package no.hverdag.media.internal;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import no.hverdag.media.Picture;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PublicUrl;
import no.hverdag.venues.Venues;
import reactor.core.publisher.Flux;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A venue's photos over the API (issue 14), for a municipality's own site or a map: the
 * same photos, order and alternative texts as the venue's page, to whoever may see the
 * venue (anyone once it is listed; its managers before). Served here, not in the venue's
 * own answer, so that {@code venues} does not depend on {@code media}.
 */
@RestController
class VenuePhotoApi {

	private final MediaStore store;

	private final Venues venues;

	private final PublicUrl publicUrl;

	VenuePhotoApi(MediaStore store, Venues venues, PublicUrl publicUrl) {
		this.store = store;
		this.venues = venues;
		this.publicUrl = publicUrl;
	}

	/**
	 * One photo: both versions at absolute addresses, their sizes, the text and its
	 * language.
	 */
	record PhotoResponse(String url, int width, int height, String thumbnailUrl, int thumbnailWidth,
			int thumbnailHeight, String alt, String altLanguage) {
	}

	@Operation(summary = "A venue's photos in the order its page shows them, each with its alternative text")
	@GetMapping("/api/v1/venues/{id}/photos")
	Flux<PhotoResponse> photos(@PathVariable String id) {
		return CurrentActor.get()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(actor -> this.venues.visible(actor.orElse(null), id))
			.flatMapMany(venue -> this.store.attachmentsInOrder(VenuePhotoPages.owners(id)))
			.map(MediaImages::picture)
			.map(this::response);
	}

	private PhotoResponse response(Picture picture) {
		return new PhotoResponse(this.publicUrl.link(picture.url()), picture.width(), picture.height(),
				this.publicUrl.link(picture.thumbnailUrl()), picture.thumbnailWidth(), picture.thumbnailHeight(),
				picture.alt(), picture.altLanguage());
	}

}
