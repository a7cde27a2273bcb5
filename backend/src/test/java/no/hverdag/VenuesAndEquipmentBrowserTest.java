package no.hverdag;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import no.hverdag.support.Reflow;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SystemChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 in a real browser (system Chromium via Playwright), by keyboard and form only:
 * an organisation finds a free gym on Tuesday evening and asks for it weekly, the
 * municipality's coordinator approves; a family reserves two pairs of skis and the
 * lending point's staff hand them over; the coordinator adds a venue's photos and an
 * owner lets only chosen groups book. In bokmål and in Arabic, with no WCAG 2 A/AA
 * violation axe-core can find on any page visited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenuesAndEquipmentBrowserTest extends ServerTestSupport {

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	private Page page;

	@BeforeAll
	void launch() {
		this.playwright = SystemChromium.playwright();
		this.browser = SystemChromium.launch(this.playwright);
	}

	@BeforeEach
	void open() {
		this.context = this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900).setLocale("nb-NO"));
		this.page = this.context.newPage();
	}

	@AfterEach
	void close() {
		this.context.close();
	}

	@AfterAll
	void quit() {
		this.browser.close();
		this.playwright.close();
	}

	@Test
	@DisplayName("an organisation asks for the school's gym weekly, in bokmål and Arabic; the coordinator approves")
	void organisationBooksARoom() {
		signIn("frivillig-bodo", "Frida Frivillig");
		Map<String, String> dates = Map.of("nb", "2026-12-08", "ar", "2026-12-10");
		for (String lang : List.of("nb", "ar")) {
			this.page.navigate(baseUrl() + "/venues?lang=" + lang);
			assertThat(this.page.locator("html")).hasAttribute("dir", "ar".equals(lang) ? "rtl" : "ltr");
			assertNoViolations("venue search (" + lang + ")");
			this.page.locator("#municipality").selectOption("1804");
			this.page.locator("#date").fill(dates.get(lang));
			this.page.locator("#from").fill("18:00");
			this.page.locator("#to").fill("20:00");
			this.page.locator("form.search button[type=submit]").click();
			assertThat(this.page).hasURL(Pattern.compile(".*date=" + dates.get(lang) + ".*"));
			assertNoViolations("free rooms (" + lang + ")");
			this.page.locator("li.card", new Page.LocatorOptions().setHasText("Bodøsjøen skole"))
				.locator("a[href*='/rooms/gym']")
				.click();
			assertThat(this.page.locator("h1")).containsText("Bodøsjøen skole");
			assertNoViolations("room week (" + lang + ")");
			this.page.locator("form #date").fill(dates.get(lang));
			this.page.locator("form #from").fill("18:00");
			this.page.locator("form #to").fill("20:00");
			this.page.locator("#weeks").fill("4");
			this.page.locator("#organisation").selectOption("seed-org-bodo-frivilligsentral");
			this.page.locator("#purpose").fill("Leksehjelp og fotball");
			this.page.locator("#contact").press("Enter");
			assertThat(this.page.locator("p.notice[role=status]")).isVisible();
			assertThat(this.page.locator("table.week")).containsText("20:00");
			assertNoViolations("room week after the request (" + lang + ")");
		}
		this.context.close();
		open();
		signIn("koordinator-bodo", "Kari Koordinator");
		this.page.navigate(baseUrl() + "/venues/manage?lang=nb");
		assertNoViolations("manage (nb)");
		this.page.locator("button", new Page.LocatorOptions().setHasText("Godkjenn forespørselen fra Frida Frivillig"))
			.first()
			.click();
		assertThat(this.page.locator("p.notice[role=status]")).containsText("Bookingen er godkjent");
		this.page.navigate(baseUrl() + "/venues/manage?lang=ar");
		assertNoViolations("manage (ar)");
		this.page.navigate(baseUrl() + "/venues/seed-venue-bodo-school/rooms/gym?week=2026-12-07&lang=nb");
		assertThat(this.page.locator("table.week")).containsText("18:00–20:00: booket");
	}

	@Test
	@DisplayName("a family reserves two pairs of skis in bokmål and Arabic; staff register the pick-up")
	void familyReservesSkis() {
		signIn("familie-amal", "Amal Familie");
		Map<String, List<String>> dates = Map.of("nb", List.of("2026-11-28", "2026-11-30"), "ar",
				List.of("2026-12-02", "2026-12-04"));
		for (String lang : List.of("nb", "ar")) {
			this.page.navigate(baseUrl() + "/equipment?municipality=1804&lang=" + lang);
			assertNoViolations("equipment (" + lang + ")");
			this.page.locator("a", new Page.LocatorOptions().setHasText("BUA Bodø")).click();
			this.page.locator("#first").fill(dates.get(lang).get(0));
			this.page.locator("#last").fill(dates.get(lang).get(1));
			this.page.locator("form.search button[type=submit]").click();
			assertThat(this.page).hasURL(Pattern.compile(".*first=" + dates.get(lang).get(0) + ".*"));
			assertNoViolations("lending point (" + lang + ")");
			Locator skis = this.page.locator("li.card", new Page.LocatorOptions().setHasText("140 cm"));
			skis.locator("input[name=count]").fill("2");
			skis.locator("input[name=contact]").fill("+4791234567");
			skis.locator("input[name=contact]").press("Enter");
			assertThat(this.page.locator("p.notice[role=status]")).isVisible();
			// The count is written in the page's own digits (Arabic-Indic in Arabic).
			assertThat(this.page.locator("main")).containsText("Langrennsski (140 cm)");
			// The date in the language's own numeric form (LocalForms).
			assertThat(this.page.locator("main")).containsText(no.hverdag.shared.i18n.LocalForms
				.numericDate(java.time.LocalDate.parse(dates.get(lang).get(0)), java.util.Locale.forLanguageTag(lang)));
			assertNoViolations("my loans (" + lang + ")");
		}
		this.context.close();
		open();
		signIn("utlan-bodo", "Ulf Utlån");
		this.page.navigate(baseUrl() + "/equipment/points/seed-point-bodo/desk?lang=nb");
		assertNoViolations("desk (nb)");
		this.page.locator("button", new Page.LocatorOptions().setHasText("Amal Familie har hentet")).first().click();
		assertThat(this.page.locator("p.notice[role=status]")).containsText("Registrert som hentet");
		this.page.navigate(baseUrl() + "/equipment/points/seed-point-bodo/desk?lang=ar");
		assertNoViolations("desk (ar)");
	}

	@Test
	@DisplayName("season allocation: the coordinator opens a season, an organisation applies in bokmål and Arabic, the coordinator previews, locks and publishes")
	void seasonAllocation() {
		signIn("koordinator-bodo", "Kari Koordinator");
		this.page.navigate(baseUrl() + "/seasons?lang=nb");
		assertNoViolations("seasons (nb)");
		this.page.locator("#municipality").selectOption("1804");
		this.page.locator("#name").fill("Vår 2027");
		this.page.locator("#firstDay").fill("2027-05-03");
		this.page.locator("#weeks").fill("4");
		this.page.locator("#weeks").press("Enter");
		assertThat(this.page.locator("p.notice[role=status]")).containsText("Sesongen er åpnet");
		String allocation = this.page.url().replaceAll("\\?.*$", "");
		String season = allocation.replaceAll("/allocation$", "");
		assertNoViolations("allocation, empty (nb)");
		this.context.close();
		open();
		signIn("frivillig-bodo", "Frida Frivillig");
		Map<String, List<String>> asks = Map.of("nb",
				List.of("seed-venue-bodo-school|gym", "TUESDAY", "CHILDREN_AND_YOUTH"), "ar",
				List.of("seed-venue-bodo-school|", "WEDNESDAY", "NEWCOMER_ASSOCIATION"));
		for (String lang : List.of("nb", "ar")) {
			this.page.navigate(season + "?lang=" + lang);
			assertThat(this.page.locator("html")).hasAttribute("dir", "ar".equals(lang) ? "rtl" : "ltr");
			assertNoViolations("season (" + lang + ")");
			this.page.locator("#place").selectOption(asks.get(lang).get(0));
			this.page.locator("#weekday").selectOption(asks.get(lang).get(1));
			this.page.locator("#from").fill("18:00");
			this.page.locator("#minutes").fill("90");
			this.page.locator("#participants").fill("20");
			this.page.locator("#serves-" + asks.get(lang).get(2)).check();
			this.page.locator("#contact").fill("frida@example.no");
			this.page.locator("#contact").press("Enter");
			assertThat(this.page.locator("p.notice[role=status]")).isVisible();
			assertNoViolations("season after applying (" + lang + ")");
			screenshot("season-applied-" + lang);
		}
		this.context.close();
		open();
		signIn("koordinator-bodo", "Kari Koordinator");
		this.page.navigate(allocation + "?lang=nb");
		this.page.locator("button", new Page.LocatorOptions().setHasText("Kjør fordelingen")).click();
		assertThat(this.page.locator("p.notice[role=status]")).containsText("Fordelingen er kjørt");
		assertThat(this.page.locator("table")).containsText("Tildelt i Bodøsjøen skole, Gymsal");
		assertNoViolations("preview (nb)");
		screenshot("season-preview-nb");
		this.page.setViewportSize(320, 640);
		org.assertj.core.api.Assertions.assertThat(Reflow.sideways(this.page, "allocation preview (nb)"))
			.as("the allocation at 320 px")
			.isEmpty();
		screenshot("season-preview-nb-320");
		this.page.setViewportSize(1024, 900);
		this.page.locator("button", new Page.LocatorOptions().setHasText("Lås søknaden fra")).first().click();
		assertThat(this.page.locator("table")).containsText("Låst");
		this.page.locator("button", new Page.LocatorOptions().setHasText("Kjør fordelingen")).click();
		this.page.locator("button", new Page.LocatorOptions().setHasText("Publiser")).click();
		assertThat(this.page.locator("p.notice[role=status]")).containsText("Sesongen er publisert");
		assertNoViolations("published (nb)");
		this.page.navigate(allocation + "?lang=ar");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertNoViolations("published (ar)");
		screenshot("season-published-ar");
		this.page.navigate(baseUrl() + "/venues/seed-venue-bodo-school/rooms/gym?week=2027-05-03&lang=nb");
		assertThat(this.page.locator("table.week")).containsText("18:00–19:30: booket");
	}

	@Test
	@DisplayName("the coordinator adds photos with alt text (refused without), they show on the venue's page on a phone in Arabic, one is removed")
	void venuePhotos() throws java.io.IOException {
		String venue = "/venues/seed-venue-bodo-frivilligsentral";
		java.nio.file.Path photo = java.nio.file.Files.createTempFile("venue", ".png");
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(900, 600,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 900, 600, java.awt.Color.BLUE));
		g.fillRect(0, 0, 900, 600);
		g.dispose();
		javax.imageio.ImageIO.write(image, "png", photo.toFile());
		try {
			signIn("koordinator-bodo", "Kari Koordinator");
			this.page.navigate(baseUrl() + venue + "/photos?lang=nb");
			assertNoViolations("venue photos (nb)");
			this.page.locator("#media-file").setInputFiles(photo);
			this.page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Last opp")).click();
			assertThat(this.page.locator("#media-alt-error")).containsText("Skriv hva bildet viser");
			assertThat(this.page.locator("#media-alt")).hasAttribute("aria-invalid", "true");
			assertNoViolations("venue photos refused (nb)");
			for (String alt : List.of("Møterommet med langbord og stoler", "Kjøkkenet med kaffetrakter")) {
				this.page.locator("#media-file").setInputFiles(photo);
				this.page.locator("#media-alt").fill(alt);
				this.page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Last opp")).click();
				assertThat(this.page.locator("p.notice[role=status]")).isVisible();
			}
			assertThat(this.page.locator(".venue-photos img")).hasCount(2);
			this.page.setViewportSize(390, 844);
			this.page.navigate(baseUrl() + venue + "?lang=ar");
			assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
			Locator shown = this.page.locator(".venue-photos img");
			assertThat(shown).hasCount(2);
			assertThat(shown.first()).hasAttribute("alt", "Møterommet med langbord og stoler");
			Object widest = this.page.evaluate(
					"() => Math.max(...[...document.querySelectorAll('.venue-photos img')].map(i => i.getBoundingClientRect().width))");
			assertThat(((Number) widest).doubleValue()).isLessThanOrEqualTo(390);
			Object scrolls = this.page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
			assertThat(scrolls).isEqualTo(false);
			assertNoViolations("venue with photos (ar, phone)");
			screenshot("photos-ar-phone");
			this.page.setViewportSize(1024, 900);
			this.page.navigate(baseUrl() + venue + "?lang=nb");
			screenshot("photos-nb");
			this.page.navigate(baseUrl() + venue + "/photos?lang=ar");
			assertNoViolations("venue photos (ar)");
			this.page.locator("form[action$='/photos/1/remove'] button").click();
			assertThat(this.page.locator("p.notice[role=status]")).isVisible();
			assertThat(this.page.locator(".venue-photos img")).hasCount(1);
		}
		finally {
			for (int slot = 1; slot <= 4; slot++) {
				this.images.detach("venue:seed-venue-bodo-frivilligsentral:" + slot).block();
			}
			java.nio.file.Files.deleteIfExists(photo);
		}
	}

	@Test
	@DisplayName("registering a venue in Arabic, only chosen groups may book: without a group it is refused inline, with one it is registered")
	void groupPicker() {
		try {
			signIn("frivillig-bodo", "Frida Frivillig");
			this.page.navigate(baseUrl() + "/venues/new?lang=ar");
			this.page.locator("#name").fill("Gruppehuset i nettleseren");
			this.page.locator("#municipality").selectOption("1804");
			this.page.locator("#address").fill("Storgata 1, 8006 Bodø");
			this.page.locator("#ownerOrganisation").selectOption("seed-org-bodo-frivilligsentral");
			this.page.locator("#whoMayBook").selectOption("GROUPS");
			this.page.locator("#roomName0").fill("Salen");
			this.page.locator("#roomCapacity0").fill("40");
			this.page.locator("#roomCapacity0").press("Enter");
			assertThat(this.page.locator("#groups-error")).isVisible();
			assertThat(this.page.locator("#name")).hasValue("Gruppehuset i nettleseren");
			assertNoViolations("venue registration, no group (ar)");
			screenshot("group-picker-ar");
			this.page.locator("#group-seed-org-bodo-rode-kors").focus();
			this.page.keyboard().press("Space");
			assertThat(this.page.locator("#group-seed-org-bodo-rode-kors")).isChecked();
			this.page.locator("#roomCapacity0").press("Enter");
			assertThat(this.page).hasURL(Pattern.compile(".*/venues/manage\\?registered.*"));
		}
		finally {
			this.mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
					org.springframework.data.mongodb.core.query.Criteria.where("name").is("Gruppehuset i nettleseren")),
					"venues")
				.block();
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	no.hverdag.media.Images images;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

	@DisplayName("a newcomer searches for skis on the home page in bokmål and Arabic and follows the result to the reservation page")
	void homeSearchLeadsToReservation() {
		signIn("familie-soker", "Sara Søker");
		Map<String, String> words = Map.of("nb", "ski", "ar", "زلاجات");
		for (String lang : List.of("nb", "ar")) {
			this.page.navigate(baseUrl() + "/?lang=" + lang);
			this.page.locator("#municipality").selectOption("1804");
			this.page.locator("#q").fill(words.get(lang));
			this.page.locator("#q").press("Enter");
			Locator equipment = this.page.locator("#equipment-results");
			assertThat(equipment).isVisible();
			assertThat(equipment.locator("h3")).containsText("ar".equals(lang) ? "معدات" : "Utstyr du kan låne");
			assertThat(equipment).containsText("BUA Bodø");
			assertNoViolations("home search with equipment (" + lang + ")");
			screenshot("home-search-" + lang);
			equipment.locator("li.card", new Locator.LocatorOptions().setHasText("Langrennsski"))
				.locator("a.button")
				.click();
			assertThat(this.page).hasURL(Pattern.compile(".*/equipment/points/seed-point-bodo.*"));
			assertThat(this.page.locator("h1")).containsText("BUA Bodø");
			assertThat(this.page.locator("form[action*='/equipment/items/seed-point-bodo-ski-120/reservations']"))
				.isVisible();
			assertNoViolations("reservation page from the search (" + lang + ")");
		}
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "venues-" + name + ".png"))
			.setFullPage(true));
	}

	private void signIn(String subject, String name) {
		OIDC.enqueueCallback(new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT",
				List.of("hverdag-web"), Map.of("name", name), 3600));
		this.page.navigate(baseUrl() + "/oauth2/authorization/idporten");
		assertThat(this.page.locator("body")).containsText("Innlogget som " + name);
	}

	private void assertNoViolations(String where) {
		AxeResults results = new AxeBuilder(this.page).withTags(SystemChromium.WCAG_A_AA).analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> where + ": " + violations.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"))).isEmpty();
		assertThat(results.getPasses()).as("axe ran its rules on " + where).isNotEmpty();
	}

}
