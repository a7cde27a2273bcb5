package no.hverdag.media.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import no.hverdag.media.ImageUpload;
import no.hverdag.media.Picture;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** The processing and storing behind {@code media.Images}. */
@Component
public class MediaImages {

	private final ImageProcessor processor;

	private final MediaStore store;

	private final java.time.Clock clock;

	MediaImages(ImageProcessor processor, MediaStore store, java.time.Clock clock) {
		this.processor = processor;
		this.store = store;
		this.clock = clock;
	}

	public Mono<Picture> attach(List<String> owners, String imageId, ImageUpload upload, Actor personalUploader) {
		boolean personal = personalUploader != null;
		return this.processor.process(upload.bytes())
			.flatMap(
					processed -> this.store.saveVersions(imageId, processed, personal)
						.thenMany(Flux.fromIterable(owners)
							.concatMap(owner -> this.store.attach(new AttachmentDocument(owner, imageId, upload.alt(),
									upload.altLanguage(), processed.full().width(), processed.full().height(),
									processed.thumbnail().width(), processed.thumbnail().height(),
									personal ? personalUploader.issuer() : null,
									personal ? personalUploader.subject() : null, this.clock.instant()))))
						.map(AttachmentDocument::imageId)
						.filter(previous -> !previous.equals(imageId))
						.distinct()
						// Only once every owner shows the new picture: the one
						// replaced may be shown by several (a volunteer's photo on
						// each of their offers).
						.collectList()
						.flatMapMany(Flux::fromIterable)
						.concatMap(this.store::deleteVersionsUnlessShown)
						.then(this.store.attachment(owners.get(0)).map(MediaImages::picture)));
	}

	public Mono<Void> detach(String owner) {
		return this.store.detach(owner);
	}

	public Mono<Picture> picture(String owner) {
		return this.store.attachment(owner).map(MediaImages::picture);
	}

	public Flux<Map.Entry<String, Picture>> pictures(Collection<String> owners) {
		return this.store.attachments(owners).map(a -> Map.entry(a.owner(), picture(a)));
	}

	static Picture picture(AttachmentDocument a) {
		return new Picture(a.imageId(), "/media/" + a.imageId() + "/full", a.width(), a.height(),
				"/media/" + a.imageId() + "/thumb", a.thumbnailWidth(), a.thumbnailHeight(), a.alt(), a.altLanguage());
	}

}
