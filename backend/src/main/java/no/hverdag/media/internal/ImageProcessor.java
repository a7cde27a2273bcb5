package no.hverdag.media.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;
import no.hverdag.shared.HverdagException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * Decodes an upload, turns it the right way up (EXIF orientation), fits it into 1200 px
 * and a 400 px thumbnail and encodes both anew: JPEG for photos, PNG for pictures with
 * transparency (logos). Nothing of the original file but its pixels survives, so EXIF,
 * GPS positions and comments are gone. Only JPEG and PNG are taken; the pixel count is
 * checked from the header before decoding, so a small file cannot claim a huge image.
 * Runs on its own bounded scheduler, never on the event loop.
 */
@Component
class ImageProcessor implements AutoCloseable {

	static final int FULL = 1200;

	static final int THUMBNAIL = 400;

	static final long MAX_PIXELS = 40_000_000L;

	private static final Set<String> FORMATS = Set.of("jpeg", "png");

	private final Scheduler scheduler = Schedulers.newBoundedElastic(2, 20, "media");

	/** One encoded version of a picture. */
	record Version(byte[] bytes, String contentType, int width, int height) {
	}

	/** Both versions of one upload. */
	record Processed(Version full, Version thumbnail) {
	}

	Mono<Processed> process(byte[] original) {
		return Mono.fromCallable(() -> processNow(original)).subscribeOn(this.scheduler);
	}

	private Processed processNow(byte[] original) {
		checkHeader(original);
		BufferedImage upright;
		try {
			upright = Thumbnails.of(new ByteArrayInputStream(original)).scale(1.0).asBufferedImage();
		}
		catch (IOException | RuntimeException undecodable) {
			throw refused("validation.media.notAnImage");
		}
		boolean transparent = upright.getColorModel().hasAlpha();
		return new Processed(encode(upright, FULL, transparent), encode(upright, THUMBNAIL, transparent));
	}

	private static void checkHeader(byte[] original) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw refused("validation.media.notAnImage");
			}
			ImageReader reader = readers.next();
			try {
				if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
					throw refused("validation.media.format");
				}
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw refused("validation.media.tooManyPixels");
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException unreadable) {
			throw refused("validation.media.notAnImage");
		}
	}

	private static Version encode(BufferedImage image, int box, boolean transparent) {
		int width = Math.min(box, image.getWidth());
		int height = Math.min(box, image.getHeight());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			var builder = Thumbnails.of(image).size(width, height).keepAspectRatio(true);
			if (transparent) {
				builder.outputFormat("png").toOutputStream(out);
			}
			else {
				builder.imageType(BufferedImage.TYPE_INT_RGB)
					.outputFormat("jpg")
					.outputQuality(0.85f)
					.toOutputStream(out);
			}
			BufferedImage written = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
			return new Version(out.toByteArray(), transparent ? "image/png" : "image/jpeg", written.getWidth(),
					written.getHeight());
		}
		catch (IOException encoding) {
			throw refused("validation.media.notAnImage");
		}
	}

	private static HverdagException.InvalidInput refused(String key) {
		return new HverdagException.InvalidInput("file", key);
	}

	@Override
	public void close() {
		this.scheduler.dispose();
	}

}
