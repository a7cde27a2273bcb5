package no.hverdag.media;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.hverdag.media.internal.MediaImages;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Attaching a picture to something ("organisation:ID", "activity:ID", "person:ID") and
 * finding it again. Who may attach is decided by the caller (the upload pages); this
 * checks the upload itself and writes nothing for a refused one.
 */
@Service
public class Images {

	private final MediaImages images;

	Images(MediaImages images) {
		this.images = images;
	}

	/**
	 * Checks, processes and attaches the upload, replacing what was attached before.
	 * @param personalUploader the person whose data the picture is (a volunteer's photo),
	 * or {@code null} for an organisation's pictures
	 */
	public Mono<Picture> attach(List<String> owners, ImageUpload upload, Actor personalUploader) {
		List<HverdagException.FieldProblem> problems = upload.problems();
		if (!problems.isEmpty()) {
			return Mono.error(new HverdagException.InvalidInput(problems));
		}
		return this.images.attach(owners, "img-" + UUID.randomUUID(), upload, personalUploader);
	}

	/** Removes what is attached to the owner, and the picture's versions. */
	public Mono<Void> detach(String owner) {
		return this.images.detach(owner);
	}

	public Mono<Picture> of(String owner) {
		return this.images.picture(owner);
	}

	/** The pictures of several owners at once, by owner. */
	public Mono<Map<String, Picture>> of(Collection<String> owners) {
		return this.images.pictures(owners).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
