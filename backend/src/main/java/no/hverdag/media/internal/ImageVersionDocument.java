package no.hverdag.media.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version ("full" or "thumb") of one picture: {@code _id = imageId:variant}. A new
 * upload makes new ids, so a version never changes once written.
 */
@Document("media_images")
record ImageVersionDocument(@Id String id, String imageId, String variant, String contentType, int width, int height,
		byte[] data, boolean personal, Instant createdAt) {
}
