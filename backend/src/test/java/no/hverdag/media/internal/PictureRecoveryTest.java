package no.hverdag.media.internal;

import java.awt.Color;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import no.hverdag.media.ImageUpload;
import no.hverdag.media.Images;
import no.hverdag.media.Picture;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.TestImages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures stay whole through crashes and shared use (ADR 0015): a picture shown by
 * several owners (a volunteer's photo on each of their offers) is kept until the last of
 * them lets it go, and versions a crash left without an attachment are swept once they
 * are old enough that no upload can still be on its way to them.
 */
@HverdagIntegrationTest
class PictureRecoveryTest {

	@Autowired
	WebTestClient client;

	@Autowired
	Images images;

	@Autowired
	UnshownPictures unshown;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Clock clock;

	private int status(Picture picture) {
		return this.client.get().uri(picture.url()).exchange().returnResult(Void.class).getStatus().value();
	}

	private static ImageUpload upload(Color color) {
		return new ImageUpload(TestImages.png(color, 600, 400), "Et bilde", "nb");
	}

	@Test
	@DisplayName("a picture two owners show survives a replacement's clean-up and one owner letting go; it goes with the last")
	void sharedPictureGoesWithItsLastOwner() {
		List<String> owners = List.of("test-shared:a", "test-shared:b");
		Picture first = this.images.attach(owners, upload(Color.RED), null).block();
		assertThat(status(first)).isEqualTo(200);

		Picture second = this.images.attach(owners, upload(Color.BLUE), null).block();
		assertThat(status(first)).as("the replaced picture's versions").isEqualTo(404);
		assertThat(this.images.of("test-shared:b").block().imageId()).isEqualTo(second.imageId());

		this.images.detach("test-shared:a").block();
		assertThat(status(second)).as("still shown by the other owner").isEqualTo(200);
		assertThat(this.images.of("test-shared:b").block()).isNotNull();

		this.images.detach("test-shared:b").block();
		assertThat(status(second)).as("shown by nobody").isEqualTo(404);
	}

	@Test
	@DisplayName("versions a crash left without an attachment are deleted once older than the grace; newer ones and shown ones stay")
	void sweepsWhatACrashLeft() {
		Instant now = this.clock.instant();
		Instant old = now.minus(UnshownPictures.GRACE).minus(Duration.ofMinutes(5));
		// As a crash between the versions and the attachment leaves them.
		version("img-test-crashed", old);
		version("img-test-uploading", now.minus(Duration.ofMinutes(1)));
		// An old picture that is shown.
		version("img-test-shown", old);
		this.mongo
			.save(new AttachmentDocument("test-sweep:shown", "img-test-shown", "Vist", "nb", 800, 500, 400, 250, null,
					null, old))
			.block();

		assertThat(this.unshown.delete().block()).isGreaterThanOrEqualTo(2L);

		assertThat(versionIds("img-test-crashed")).isEmpty();
		assertThat(versionIds("img-test-uploading")).containsExactlyInAnyOrder("img-test-uploading:full",
				"img-test-uploading:thumb");
		assertThat(versionIds("img-test-shown")).containsExactlyInAnyOrder("img-test-shown:full",
				"img-test-shown:thumb");
		assertThat(this.client.get()
			.uri("/media/img-test-shown/thumb")
			.exchange()
			.returnResult(Void.class)
			.getStatus()
			.value()).isEqualTo(200);
	}

	private void version(String imageId, Instant createdAt) {
		for (String variant : List.of("full", "thumb")) {
			this.mongo
				.insert(new ImageVersionDocument(imageId + ":" + variant, imageId, variant, "image/png", 10, 10,
						new byte[] { 1, 2, 3 }, false, createdAt))
				.block();
		}
	}

	private List<String> versionIds(String imageId) {
		return this.mongo
			.find(org.springframework.data.mongodb.core.query.Query
				.query(org.springframework.data.mongodb.core.query.Criteria.where("imageId").is(imageId)),
					ImageVersionDocument.class)
			.map(ImageVersionDocument::id)
			.collectList()
			.block();
	}

}
