package no.hverdag.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: pictures are uploaded on their own pages, resized, re-encoded without their
 * metadata, served with cache headers; refused uploads say why in the uploader's language
 * and store nothing; a volunteer's photo shows once approved and leaves with their data.
 */
@HverdagIntegrationTest
class MediaUploadTest {

	static final String BODO_ORG = "seed-org-bodo-frivilligsentral";

	static final Pattern MEDIA = Pattern.compile("/media/(img-[0-9a-f-]+)/(full|thumb)");

	@Autowired
	WebTestClient client;

	@Autowired
	ActivityCatalogue catalogue;

	private WebTestClient as(String subject) {
		return signedIn(
				this.client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build(),
				subject);
	}

	private WebTestClient.ResponseSpec upload(String subject, String uri, byte[] bytes, String filename, String alt) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(MediaType.IMAGE_JPEG);
		body.part("alt", alt);
		return as(subject).post().uri(uri).body(BodyInserters.fromMultipartData(body.build())).exchange();
	}

	private String page(String subject, String uri) {
		return as(subject).get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	@DisplayName("a logo is resized to 1200 px with a thumbnail, its GPS metadata is gone, and it is served as JPEG with a year's cache")
	void logoWithoutMetadata() throws IOException {
		byte[] original = jpegWithGps(2400, 1200);
		assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("Exif", "SECRET-PLACE");
		upload("frivillig-bodo", "/organisations/" + BODO_ORG + "/logo", original, "logo.jpg",
				"Bodø Frivilligsentral sin logo")
			.expectStatus()
			.isSeeOther();
		String dashboard = page("frivillig-bodo", "/organisations/" + BODO_ORG);
		assertThat(dashboard).contains("alt=\"Bodø Frivilligsentral sin logo\"");
		Matcher found = MEDIA.matcher(dashboard);
		assertThat(found.find()).isTrue();
		String imageId = found.group(1);

		EntityExchangeResult<byte[]> full = this.client.get()
			.uri("/media/" + imageId + "/full")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_JPEG)
			.expectHeader()
			.valueMatches("Cache-Control", ".*max-age=31536000.*")
			.expectBody(byte[].class)
			.returnResult();
		byte[] served = full.getResponseBody();
		String text = new String(served, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("Exif").doesNotContain("SECRET-PLACE");
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served));
		assertThat(decoded.getWidth()).isEqualTo(1200);
		assertThat(decoded.getHeight()).isEqualTo(600);
		byte[] thumb = this.client.get()
			.uri("/media/" + imageId + "/thumb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(ImageIO.read(new ByteArrayInputStream(thumb)).getWidth()).isEqualTo(400);
		this.client.get().uri("/media/" + imageId + "/other").exchange().expectStatus().isNotFound();
		this.client.get().uri("/media/img-nothing/full").exchange().expectStatus().isNotFound();
	}

	@Test
	@DisplayName("a renamed text file, a missing alternative text and a file over 5 MB are refused inline, in Arabic, and nothing is stored")
	void refusedUploads() throws IOException {
		String activity = this.catalogue.ofOrganisation(BODO_ORG).blockFirst().id();
		String uri = "/organisations/" + BODO_ORG + "/activities/" + activity + "/photo";
		String notAnImage = upload("frivillig-bodo", uri + "?lang=ar",
				"Dette er ikke et bilde".getBytes(StandardCharsets.UTF_8), "bilde.jpg", "En tekst")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(notAnImage).contains("الملف ليس صورة يمكننا قراءتها").contains("En tekst");
		String noAlt = upload("frivillig-bodo", uri + "?lang=en", jpegWithGps(300, 200), "bilde.jpg", " ")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(noAlt).contains("Write what the picture shows");
		byte[] huge = new byte[ImageUpload.MAX_BYTES + 1024];
		System.arraycopy(jpegWithGps(300, 200), 0, huge, 0, 100);
		String tooLarge = upload("frivillig-bodo", uri + "?lang=en", huge, "stort.jpg", "Stort").expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(tooLarge).contains("larger than 5 MB");
		assertThat(page("frivillig-bodo", uri + "?lang=en")).contains("No picture yet");
		assertThat(page("frivillig-bodo", "/activities/" + activity)).doesNotContain("/media/img-");

		upload("frivillig-bodo", uri, jpegWithGps(800, 600), "bilde.jpg", "Folk rundt et bord").expectStatus()
			.isSeeOther();
		assertThat(page("frivillig-bodo", "/activities/" + activity)).contains("alt=\"Folk rundt et bord\"");
	}

	@Test
	@DisplayName("only the organisation's members and its coordinator reach its upload pages")
	void onlyTheOrganisation() throws IOException {
		as("frivillig-oslo").get().uri("/organisations/" + BODO_ORG + "/logo").exchange().expectStatus().isForbidden();
		upload("frivillig-oslo", "/organisations/" + BODO_ORG + "/logo", jpegWithGps(100, 100), "x.jpg", "X")
			.expectStatus()
			.isForbidden();
		as("koordinator-bodo").get().uri("/organisations/" + BODO_ORG + "/logo").exchange().expectStatus().isOk();
		as(Actors.newcomerSubject()).get().uri("/volunteer/photo").exchange().expectStatus().isForbidden();
	}

	@Test
	@DisplayName("a volunteer's photo shows on 'borrow a person' only once approved, is in their export and goes with their data")
	void volunteerPhoto() throws IOException {
		String volunteer = Actors.newcomerSubject();
		postJson(as(volunteer),
				Map.of("firstName", "Fotogunn", "topics", List.of("knitting"), "languages", List.of("no"),
						"presentation", "Hei", "libraries", List.of("seed-library-stormen")),
				"/api/v1/offers")
			.expectStatus()
			.is2xxSuccessful();
		upload(volunteer, "/volunteer/photo", jpegWithGps(600, 600), "meg.jpg", "Fotogunn smiler").expectStatus()
			.isSeeOther();
		assertThat(page("admin", "/borrow")).doesNotContain("Fotogunn smiler");

		List<Map> pending = as("bibliotek-stormen").get()
			.uri("/api/v1/libraries/seed-library-stormen/offers")
			.exchange()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		String offerId = pending.stream()
			.filter(o -> o.get("firstName").equals("Fotogunn"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.toString();
		as("bibliotek-stormen").post()
			.uri("/api/v1/offers/{id}/approval", offerId)
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		postJson(as("bibliotek-stormen"),
				Map.of("personId", offerId, "kind", "WEEKLY", "dayOfWeek", "WEDNESDAY", "start", "10:00", "end",
						"10:30", "slotMinutes", "30", "room", "Fotorommet"),
				"/api/v1/libraries/seed-library-stormen/sessions")
			.expectStatus()
			.is2xxSuccessful();
		String borrow = page("admin", "/borrow");
		assertThat(borrow).contains("alt=\"Fotogunn smiler\"");
		Matcher found = MEDIA.matcher(borrow.substring(borrow.indexOf("Fotogunn smiler") - 400));
		assertThat(found.find()).isTrue();
		String imageId = found.group(1);
		this.client.get()
			.uri("/media/" + imageId + "/thumb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Cache-Control", ".*max-age=86400.*");

		String export = as(volunteer).get()
			.uri("/api/v1/me/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(export).contains("Fotogunn smiler", "base64");
		as(volunteer).delete().uri("/api/v1/me").exchange().expectStatus().is2xxSuccessful();
		this.client.get().uri("/media/" + imageId + "/thumb").exchange().expectStatus().isNotFound();
		assertThat(page("admin", "/borrow")).doesNotContain("Fotogunn smiler");
	}

	/** A JPEG with an EXIF block naming a GPS latitude and a secret description. */
	static byte[] jpegWithGps(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(30, 110, 160));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.ORANGE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", jpeg);
		byte[] plain = jpeg.toByteArray();

		byte[] description = "SECRET-PLACE\0".getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(80 + description.length);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(80);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		tiff.putInt(0);
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(56);
		tiff.putInt(0);
		tiff.putInt(59).putInt(1).putInt(54).putInt(1).putInt(0).putInt(1);
		tiff.put(description);
		byte[] exif = tiff.array();

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		int length = 2 + 6 + exif.length;
		out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length });
		out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.write(exif);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

}
