package no.hverdag.media;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a venue's owner adds up to four photos, each with its alternative text, on a
 * plain multipart form; a fifth, or one without a text, is refused inline in the owner's
 * language and stores nothing; someone who does not manage the venue cannot; a removed
 * photo is gone from the venue's page and from {@code /media}.
 */
@HverdagIntegrationTest
class VenuePhotosTest {

	static final String SCHOOL = "seed-venue-bodo-school";

	static final Pattern THUMB = Pattern.compile("/media/(img-[0-9a-f-]+)/thumb");

	@Autowired
	WebTestClient client;

	@Autowired
	Images images;

	@AfterEach
	void removeEveryPhoto() {
		for (int slot = 1; slot <= 4; slot++) {
			this.images.detach("venue:" + SCHOOL + ":" + slot).block();
		}
	}

	private WebTestClient as(String subject) {
		return signedIn(
				this.client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build(),
				subject);
	}

	private WebTestClient.ResponseSpec upload(String subject, byte[] png, String alt, String language) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		if (png != null) {
			body.part("file", new ByteArrayResource(png) {
				@Override
				public String getFilename() {
					return "skolen.png";
				}
			}).contentType(MediaType.IMAGE_PNG);
		}
		body.part("alt", alt);
		return as(subject).post()
			.uri("/venues/" + SCHOOL + "/photos?lang=" + language)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange();
	}

	private String venuePage() {
		return this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build()
			.get()
			.uri("/venues/" + SCHOOL)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	@DisplayName("four photos with their texts show on the venue's page; a fifth and one without a text are refused inline; one is removed")
	void upToFourPhotos() {
		for (int i = 1; i <= 4; i++) {
			upload("koordinator-bodo", png(Color.getHSBColor(i / 5f, 0.6f, 0.9f)), "Gymsalen, bilde " + i, "nb")
				.expectStatus()
				.isSeeOther()
				.expectHeader()
				.valueEquals("Location", "/venues/" + SCHOOL + "/photos?saved");
		}
		String page = venuePage();
		for (int i = 1; i <= 4; i++) {
			assertThat(page).contains("alt=\"Gymsalen, bilde " + i + "\"");
		}
		assertThat(page).contains("class=\"venue-photos\"").contains("srcset=\"/media/img-");
		List<String> ids = imageIds(page);
		assertThat(ids).hasSize(4);

		upload("koordinator-bodo", png(Color.RED), "Et femte bilde", "nb").expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("Lokalet har allerede så mange bilder som er lov"));
		upload("koordinator-bodo", png(Color.RED), "Et femte bilde", "ar").expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("dir=\"rtl\"")
				.contains("للمكان بالفعل أكبر عدد مسموح به من الصور"));
		assertThat(imageIds(venuePage())).isEqualTo(ids);

		String managePage = as("koordinator-bodo").get()
			.uri("/venues/" + SCHOOL + "/photos")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(managePage).contains("Fjern bilde 2").doesNotContain("id=\"media-file\"");
		as("koordinator-bodo").post()
			.uri("/venues/" + SCHOOL + "/photos/2/remove")
			.exchange()
			.expectStatus()
			.isSeeOther();
		String after = venuePage();
		assertThat(after).doesNotContain("Gymsalen, bilde 2").contains("Gymsalen, bilde 3");
		assertThat(imageIds(after)).hasSize(3).doesNotContain(ids.get(1));
		this.client.get().uri("/media/" + ids.get(1) + "/full").exchange().expectStatus().isNotFound();
		// The freed place takes the next photo.
		upload("koordinator-bodo", png(Color.BLUE), "Kjøkkenet", "nb").expectStatus().isSeeOther();
		assertThat(venuePage()).contains("alt=\"Kjøkkenet\"");
	}

	@Test
	@DisplayName("without a text or a file the form answers inline and stores nothing; only the venue's managers may upload")
	void refusedUploads() {
		upload("koordinator-bodo", png(Color.GREEN), "  ", "nb").expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("id=\"media-alt-error\"")
				.contains("Skriv hva bildet viser")
				.contains("aria-invalid=\"true\""));
		upload("koordinator-bodo", null, "Uten fil", "en").expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("id=\"media-file-error\""));
		assertThat(imageIds(venuePage())).isEmpty();
		upload("frivillig-bodo", png(Color.GREEN), "Ikke mitt lokale", "nb").expectStatus().isForbidden();
		as("frivillig-bodo").get().uri("/venues/" + SCHOOL + "/photos").exchange().expectStatus().isForbidden();
		as("frivillig-bodo").post()
			.uri("/venues/" + SCHOOL + "/photos/1/remove")
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(imageIds(venuePage())).isEmpty();
	}

	@Test
	@DisplayName("the API lists a venue's photos in the page's order with their texts and absolute addresses; an unlisted venue's only to its managers")
	void photosOverTheApi() {
		this.client.get()
			.uri("/api/v1/venues/{id}/photos", SCHOOL)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("[]");
		upload("koordinator-bodo", png(Color.ORANGE), "Gymsalen", "nb").expectStatus().isSeeOther();
		upload("koordinator-bodo", png(Color.CYAN), "The kitchen", "en").expectStatus().isSeeOther();
		List<String> onThePage = imageIds(venuePage());
		this.client.get()
			.uri("/api/v1/venues/{id}/photos", SCHOOL)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[0].alt")
			.isEqualTo("Gymsalen")
			.jsonPath("$[0].altLanguage")
			.isEqualTo("nb")
			.jsonPath("$[1].alt")
			.isEqualTo("The kitchen")
			.jsonPath("$[1].altLanguage")
			.isEqualTo("en")
			.jsonPath("$[0].url")
			.isEqualTo("http://localhost:8080/media/" + onThePage.get(0) + "/full")
			.jsonPath("$[1].thumbnailUrl")
			.isEqualTo("http://localhost:8080/media/" + onThePage.get(1) + "/thumb")
			.jsonPath("$[0].width")
			.isEqualTo(800)
			.jsonPath("$[0].thumbnailWidth")
			.isEqualTo(400);

		// A venue waiting for the coordinator: its managers see it, nobody else does.
		String pending = (String) as("frivillig-bodo").post()
			.uri("/api/v1/venues")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Ventende lokale", "municipality", "1804", "address", "Storgata 1",
					"buildingType", "VOLUNTEER_CENTRE", "ownerOrganisation", "seed-org-bodo-frivilligsentral", "opens",
					"09:00", "closes", "21:00", "whoMayBook", "ANYONE_SIGNED_IN", "rooms",
					List.of(Map.of("name", "Salen", "capacity", 20, "instant", false))))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		this.client.get().uri("/api/v1/venues/{id}/photos", pending).exchange().expectStatus().isNotFound();
		as("frivillig-bodo").get()
			.uri("/api/v1/venues/{id}/photos", pending)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("[]");
		this.client.get().uri("/api/v1/venues/no-such-venue/photos").exchange().expectStatus().isNotFound();
		// Not left waiting for other tests' coordinator to find.
		as("koordinator-bodo").post()
			.uri("/api/v1/venues/{id}/rejection", pending)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reason", "Bare en test"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static List<String> imageIds(String page) {
		List<String> ids = new ArrayList<>();
		Matcher found = THUMB.matcher(page);
		while (found.find()) {
			if (!ids.contains(found.group(1))) {
				ids.add(found.group(1));
			}
		}
		return ids;
	}

	static byte[] png(Color color) {
		return TestImages.png(color, 800, 500);
	}

}
