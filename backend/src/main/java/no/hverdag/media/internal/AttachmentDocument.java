package no.hverdag.media.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which picture belongs to what: {@code _id} is the owner ("organisation:ID",
 * "activity:ID", "person:OFFER"). Written after the picture's versions, in one operation,
 * so it never points at a picture that is not there. A volunteer's photo names its
 * uploader (personal data: exported and erased with them).
 */
@Document("media_attachments")
record AttachmentDocument(@Id String owner, String imageId, String alt, String altLanguage, int width, int height,
		int thumbnailWidth, int thumbnailHeight, String uploaderIssuer, String uploaderSubject, Instant attachedAt) {
}
