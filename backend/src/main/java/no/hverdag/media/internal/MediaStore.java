package no.hverdag.media.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import com.mongodb.client.result.DeleteResult;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Pictures in MongoDB: versions first, then the attachment in one replace (the commit
 * point), then the versions of the picture it replaced are deleted. A crash in between
 * leaves only unreferenced versions, never an attachment without its picture; those
 * versions are swept ({@link UnshownPictures}).
 */
@Component
public class MediaStore {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	MediaStore(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	Mono<Void> saveVersions(String imageId, ImageProcessor.Processed processed, boolean personal) {
		return this.mongo.insertAll(List.of(version(imageId, "full", processed.full(), personal),
				version(imageId, "thumb", processed.thumbnail(), personal)))
			.then();
	}

	private ImageVersionDocument version(String imageId, String variant, ImageProcessor.Version version,
			boolean personal) {
		return new ImageVersionDocument(imageId + ":" + variant, imageId, variant, version.contentType(),
				version.width(), version.height(), version.bytes(), personal, this.clock.instant());
	}

	/** Attaches; the previous attachment (if any) is returned so its versions can go. */
	Mono<AttachmentDocument> attach(AttachmentDocument attachment) {
		return this.mongo.findAndReplace(Query.query(Criteria.where("_id").is(attachment.owner())), attachment,
				FindAndReplaceOptions.options().upsert());
	}

	Mono<Void> deleteVersions(String imageId) {
		return this.mongo.remove(Query.query(Criteria.where("imageId").is(imageId)), ImageVersionDocument.class).then();
	}

	Mono<ImageVersionDocument> version(String imageId, String variant) {
		return this.mongo.findById(imageId + ":" + variant, ImageVersionDocument.class);
	}

	Mono<AttachmentDocument> attachment(String owner) {
		return this.mongo.findById(owner, AttachmentDocument.class);
	}

	Flux<AttachmentDocument> attachments(Collection<String> owners) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(owners)), AttachmentDocument.class);
	}

	/** The attachments of these owners in the owners' order (a venue's photo slots). */
	Flux<AttachmentDocument> attachmentsInOrder(List<String> owners) {
		return attachments(owners).sort(Comparator.comparingInt(a -> owners.indexOf(a.owner())));
	}

	Flux<AttachmentDocument> withPrefix(String prefix) {
		return this.mongo.find(Query.query(Criteria.where("_id").regex("^" + prefix)), AttachmentDocument.class);
	}

	Flux<AttachmentDocument> uploadedBy(String issuer, String subject) {
		return this.mongo.find(
				Query.query(Criteria.where("uploaderIssuer").is(issuer).and("uploaderSubject").is(subject)),
				AttachmentDocument.class);
	}

	/**
	 * Removes the attachment, then the picture's versions unless another owner still
	 * shows the same picture (a volunteer's photo is one picture on each of their
	 * offers).
	 */
	Mono<Void> detach(String owner) {
		return this.mongo.findAndRemove(Query.query(Criteria.where("_id").is(owner)), AttachmentDocument.class)
			.flatMap(removed -> deleteVersionsUnlessShown(removed.imageId()))
			.then();
	}

	/** Deletes a picture's versions when no attachment points at it any more. */
	Mono<Void> deleteVersionsUnlessShown(String imageId) {
		return this.mongo.exists(Query.query(Criteria.where("imageId").is(imageId)), AttachmentDocument.class)
			.flatMap(shown -> shown ? Mono.<Void>empty() : deleteVersions(imageId));
	}

	/**
	 * Deletes the versions written before {@code before} whose picture no attachment
	 * points at: what a crash between two of the writes above leaves. Newer ones are
	 * left, since their upload may still be on its way to its attachment (on another node
	 * too).
	 * @return how many versions went
	 */
	Mono<Long> deleteUnshownVersions(Instant before) {
		return this.mongo.findDistinct(new Query(), "imageId", AttachmentDocument.class, String.class)
			.collectList()
			.flatMap(shown -> this.mongo.remove(
					Query.query(Criteria.where("createdAt").lt(before).and("imageId").nin(shown)),
					ImageVersionDocument.class))
			.map(DeleteResult::getDeletedCount);
	}

}
