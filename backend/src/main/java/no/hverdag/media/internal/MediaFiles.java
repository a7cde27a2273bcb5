package no.hverdag.media.internal;

import java.time.Duration;

import no.hverdag.shared.HverdagException;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a stored version. Its address changes with every upload, so an organisation's
 * picture is cached for a year; a volunteer's photo only for a day, so an erased one
 * leaves caches soon.
 */
@RestController
class MediaFiles {

	private final MediaStore store;

	MediaFiles(MediaStore store) {
		this.store = store;
	}

	@GetMapping("/media/{imageId}/{variant}")
	Mono<ResponseEntity<byte[]>> version(@PathVariable String imageId, @PathVariable String variant) {
		if (!"full".equals(variant) && !"thumb".equals(variant)) {
			return Mono.error(new HverdagException.NotFound("image", imageId));
		}
		return this.store.version(imageId, variant)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("image", imageId)))
			.map(version -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(version.contentType()))
				.cacheControl(version.personal() ? CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()
						: CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.eTag(version.id())
				.body(version.data()));
	}

}
