package no.hverdag.media.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.media.Picture;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * Puts the pictures a page shows into its model as {@code pictures}, so the pages of
 * {@code activities}, {@code organisations} and {@code humanlibrary} show them without
 * knowing this module: "logo" on an organisation's page, "activity" on an activity's
 * page, and on "borrow a person" each person's photo by their id (only approved people
 * are listed there, so a photo shows once its volunteer is approved); on a venue's page
 * its photos as {@code venuePhotos}.
 */
@ControllerAdvice(annotations = PageController.class)
class PicturesAdvice {

	private final MediaStore store;

	PicturesAdvice(MediaStore store) {
		this.store = store;
	}

	@ModelAttribute("pictures")
	Mono<Map<String, Picture>> pictures(ServerWebExchange exchange) {
		String[] path = exchange.getRequest().getPath().pathWithinApplication().value().split("/");
		if (path.length == 3 && "organisations".equals(path[1])) {
			return one("logo", "organisation:" + path[2]);
		}
		if (path.length == 3 && "activities".equals(path[1])) {
			return one("activity", "activity:" + path[2]);
		}
		if (path.length == 2 && "borrow".equals(path[1])) {
			return this.store.withPrefix("person:")
				.collectMap(a -> a.owner().substring("person:".length()), MediaImages::picture)
				.map(HashMap::new);
		}
		return Mono.just(Map.of());
	}

	/**
	 * A venue's photos in slot order on its page ({@code /venues/ID}); empty on every
	 * other page.
	 */
	@ModelAttribute("venuePhotos")
	Mono<List<Picture>> venuePhotos(ServerWebExchange exchange) {
		String[] path = exchange.getRequest().getPath().pathWithinApplication().value().split("/");
		if (path.length != 3 || !"venues".equals(path[1])) {
			return Mono.just(List.of());
		}
		return this.store.attachmentsInOrder(VenuePhotoPages.owners(path[2])).map(MediaImages::picture).collectList();
	}

	private Mono<Map<String, Picture>> one(String key, String owner) {
		return this.store.attachment(owner).map(a -> Map.of(key, MediaImages.picture(a))).defaultIfEmpty(Map.of());
	}

}
