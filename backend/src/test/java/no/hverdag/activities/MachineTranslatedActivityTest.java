package no.hverdag.activities;

import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.SignUpActivities;
import no.hverdag.translation.MachineTranslation;
import no.hverdag.translation.internal.RecordedLibreTranslate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Issue 13: an activity written in Norwegian, read on an Arabic or English page with a
 * translation server configured (here: recorded LibreTranslate exchanges on a local
 * server). The reader gets the machine's translation, marked, with the original one click
 * away; it is asked for once per text version; the organisation's own version wins; a
 * failing server or an unsupported language shows the original.
 */
@HverdagIntegrationTest
class MachineTranslatedActivityTest {

	static final RecordedLibreTranslate SERVER = new RecordedLibreTranslate();

	@DynamicPropertySource
	static void translationServer(DynamicPropertyRegistry registry) {
		registry.add("hverdag.translation.libretranslate.url", SERVER::url);
	}

	@AfterAll
	static void stop() {
		SERVER.close();
	}

	@Autowired
	WebTestClient client;

	@Autowired
	ActivityPublishing publishing;

	@Autowired
	MachineTranslation machine;

	private String page(String id, String lang) {
		return this.client.get()
			.uri("/activities/" + id + "?lang=" + lang)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private long asked(String target) {
		return SERVER.received().stream().filter(body -> target.equals(body.get("target"))).count();
	}

	@Test
	@DisplayName("an Arabic reader gets the machine's Arabic, marked as machine-translated, the original behind one click")
	void arabicReader() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, null);
		String page = page(id, "ar");
		assertThat(page).contains("lang=\"ar\" dir=\"rtl\">مقهى اللغة مع التسجيل</h1>")
			.contains("نتحدث النرويجية معًا. سجّل الآن!")
			.contains("ترجمة آلية من")
			.contains("LibreTranslate")
			.contains("<details class=\"original-text\">")
			.contains(">Språkkafé med påmelding<");
		long before = SERVER.received().size();
		page(id, "ar");
		assertThat(SERVER.received()).as("the second reader is served from the kept translation").hasSize((int) before);
	}

	@Test
	@DisplayName("a bokmål or nynorsk reader is never sent through the machine")
	void norwegianReaders() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, null);
		long before = SERVER.received().size();
		assertThat(page(id, "nb")).contains(">Språkkafé med påmelding</h1>").doesNotContain("original-text");
		assertThat(SERVER.received()).hasSize((int) before);
	}

	@Test
	@DisplayName("a language the server lacks, or a failing server, shows the original as without a server")
	void fallsBackToTheOriginal() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, null);
		assertThat(page(id, "ti")).contains(">Språkkafé med påmelding</h1>").doesNotContain("original-text");
	}

	@Test
	@DisplayName("the organisation starts from the machine's English, corrects it, and readers then get its own version")
	void organisationCorrects() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, null);
		String base = "/organisations/" + SignUpActivities.OSLO_ORG + "/activities/" + id + "/translations";
		String form = this.client.mutateWith(Actors.as("frivillig-oslo"))
			.get()
			.uri(base + "?language=en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(form).contains("value=\"Language caf&eacute; with registration\"")
			.contains("We speak Norwegian together. Sign up!")
			.contains("maskinoversatt av LibreTranslate");

		// An empty title is refused inline and writes nothing.
		this.client.mutateWith(Actors.as("frivillig-oslo"))
			.mutateWith(csrf())
			.post()
			.uri(base)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("translationLanguage", "en").with("translationTitle", " "))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("class=\"error-summary\""));
		assertThat(page(id, "en")).contains("Language café with registration");

		this.client.mutateWith(Actors.as("frivillig-oslo"))
			.mutateWith(csrf())
			.post()
			.uri(base)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("translationLanguage", "en")
				.with("translationTitle", "Language café (sign up first)")
				.with("translationDescription", "We talk Norwegian together. Please sign up!"))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		assertThat(page(id, "en")).contains(">Language café (sign up first)</h1>")
			.contains("We talk Norwegian together. Please sign up!")
			.doesNotContain("original-text")
			.doesNotContain("Machine-translated");
	}

	@Test
	@DisplayName("another organisation's member cannot write this activity's translation")
	void onlyItsOrganisation() {
		String id = SignUpActivities.weekly(this.publishing, SignUpActivities.OSLO_ORG, null);
		this.client.mutateWith(Actors.as("frivillig-bodo"))
			.mutateWith(csrf())
			.post()
			.uri("/organisations/" + SignUpActivities.OSLO_ORG + "/activities/" + id + "/translations")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("translationLanguage", "en").with("translationTitle", "Hijacked"))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(page(id, "en")).doesNotContain("Hijacked");
	}

	@Test
	@DisplayName("a changed text is a new version: translated again; an unchanged one never twice")
	void perTextVersion() {
		String first = "Vi snakker norsk sammen. Meld deg på!";
		String changed = "Vi snakker norsk sammen hver tirsdag.";
		assertThat(this.machine.translate(first, "nb", "en").block().text())
			.isEqualTo("We speak Norwegian together. Sign up!");
		long before = asked("en");
		assertThat(this.machine.translate(changed, "nb", "en").block().text())
			.isEqualTo("We speak Norwegian together every Tuesday.");
		assertThat(asked("en")).isEqualTo(before + 1);
		this.machine.translate(first, "nb", "en").block();
		this.machine.translate(changed, "nb", "en").block();
		assertThat(asked("en")).isEqualTo(before + 1);
	}

}
