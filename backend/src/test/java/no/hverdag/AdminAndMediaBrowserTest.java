package no.hverdag;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import no.hverdag.support.Reflow;
import no.hverdag.support.ServerTestSupport;
import no.hverdag.support.SystemChromium;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 in a real browser on a phone, in bokmål and Arabic: the platform admin grants
 * a coordinator role and adds a library, library staff register and revoke a kiosk, an
 * organisation uploads a logo with its alternative text, and with a tile source
 * configured (served by this application itself, no network) the search page draws its
 * map. Every screen is checked by axe-core (WCAG 2 A/AA) and saved under
 * {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.springframework.boot.test.context.SpringBootTest(
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hverdag.mongo.embedded.path=memory", "hverdag.seed.demo=true",
				"hverdag.rate-limits.enabled=false" })
@org.springframework.context.annotation.Import(no.hverdag.support.TestClockConfig.class)
class AdminAndMediaBrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Playwright playwright;

	private Browser browser;

	private Page page;

	/**
	 * This test's context differs from the other browser tests' (an admin, a tile
	 * source), so it runs beside theirs, on a port of its own.
	 */
	private static final int OWN_PORT = ServerTestSupport.freePort();

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@DynamicPropertySource
	static void adminAndMaps(DynamicPropertyRegistry registry) {
		ServerTestSupport.register(registry, OWN_PORT);
		registry.add("hverdag.security.admins[0].issuer",
				() -> ServerTestSupport.OIDC.issuerUrl(ServerTestSupport.ISSUER_ID).toString());
		registry.add("hverdag.security.admins[0].subject", () -> "admin");
		registry.add("hverdag.maps.tile-url", () -> "/img/empty.svg?z={z}&x={x}&y={y}");
		registry.add("hverdag.maps.attribution", () -> "Testfliser");
	}

	@BeforeAll
	void launch() {
		this.playwright = SystemChromium.playwright();
		this.browser = SystemChromium.launch(this.playwright);
	}

	@AfterEach
	void close() {
		if (this.page != null) {
			this.page.context().close();
		}
	}

	@AfterAll
	void quit() {
		this.browser.close();
		this.playwright.close();
	}

	private Page signIn(String subject, String name, String locale) {
		this.page = this.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale(locale))
			.newPage();
		this.page.setDefaultTimeout(30_000);
		ServerTestSupport.OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ServerTestSupport.ISSUER_ID, subject,
				"JWT", List.of("hverdag-web"), Map.of("name", name), 3600));
		this.page.navigate(baseUrl() + "/oauth2/authorization/idporten");
		this.page.waitForURL(url -> !url.contains("/oauth2/") && !url.contains("/login/oauth2"));
		return this.page;
	}

	@Test
	@DisplayName("phone, bokmål: the admin finds the administration in the menu, makes someone coordinator of Bodø, adds a library and takes the role back")
	void adminGrantsAndAddsALibrary() {
		signIn("admin", "Ada Admin", "nb-NO");
		this.page.navigate(baseUrl() + "/?lang=nb");
		this.page.locator("details.menu > summary").click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administrasjon").setExact(true))
			.click();
		assertThat(this.page.locator("h1")).hasText("Administrasjon");
		assertThat(this.page.locator("body")).containsText("Satt i konfigurasjonen");
		check("admin overview, phone (nb)");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gjør noen til koordinator")).click();
		this.page.locator("#personName").fill("Ingrid Nettleser");
		this.page.locator("#subject").fill("ingrid-nettleser");
		this.page.locator("#scope").selectOption("1804");
		check("grant a coordinator, phone (nb)");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator("p.notice")).containsText("Rollen er gitt");
		Locator row = this.page.locator("tr", new Page.LocatorOptions().setHasText("Ingrid Nettleser"));
		assertThat(row).containsText("Bodø");
		check("role granted, phone (nb)");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Legg til et bibliotek")).click();
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator(".error-summary")).containsText("Skriv navnet på biblioteket");
		check("add a library refused, phone (nb)");
		this.page.locator("#library-name").fill("Nettleser bibliotek");
		this.page.locator("#library-municipality").selectOption("1804");
		this.page.locator("#library-address").fill("Storgata 9, 8006 Bodø");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator("p.notice")).containsText("Biblioteket er lagt til");
		assertThat(this.page.locator("body")).containsText("Nettleser bibliotek");

		row = this.page.locator("tr", new Page.LocatorOptions().setHasText("Ingrid Nettleser"));
		row.locator("details.confirm > summary").click();
		check("revoke confirmation, phone (nb)");
		row.locator("details.confirm button[type=submit]").click();
		assertThat(this.page.locator("p.notice")).containsText("Rollen er tatt tilbake");
		assertThat(this.page.locator("body")).not().containsText("Ingrid Nettleser");
	}

	@Test
	@DisplayName("320 CSS pixels wide (WCAG 1.4.10), bokmål and Persian: the admin's roles and libraries reflow as stacked rows, no sideways scrolling")
	void adminPagesReflowAt320Pixels() {
		signIn("admin", "Ada Admin", "nb-NO");
		this.page.setViewportSize(320, 640);
		for (String lang : List.of("nb", "fa")) {
			for (String path : List.of("/admin", "/admin/roles/new", "/admin/libraries/new")) {
				this.page.navigate(baseUrl() + path + "?lang=" + lang);
				assertThat(Reflow.sideways(this.page, path + " in " + lang)).as(path + " in " + lang + " at 320 px")
					.isEmpty();
			}
			this.page.navigate(baseUrl() + "/admin?lang=" + lang);
			check("admin overview, 320 px (" + lang + ")");
		}
	}

	@Test
	@DisplayName("phone, Arabic: Stormen's staff register a kiosk, see its key once, and revoke it after confirming")
	void staffRegisterAndRevokeAKiosk() {
		signIn("bibliotek-stormen", "Siv Stormen", "ar");
		this.page.navigate(baseUrl() + "/staff/libraries/seed-library-stormen/kiosks?lang=ar");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		this.page.locator("#kiosk-name").fill("Skjermen ved inngangen");
		this.page.locator("#kiosk-name").press("Enter");
		assertThat(this.page.locator("div.notice code")).isVisible();
		check("kiosk registered, phone (ar)");
		Locator row = this.page.locator("tr", new Page.LocatorOptions().setHasText("Skjermen ved inngangen"));
		row.locator("details.confirm > summary").focus();
		this.page.keyboard().press("Enter");
		check("kiosk revoke confirmation, phone (ar)");
		row.locator("details.confirm button[type=submit]").click();
		assertThat(this.page.locator("p.notice")).isVisible();
		assertThat(this.page.locator("tr", new Page.LocatorOptions().setHasText("Skjermen ved inngangen"))
			.locator("details.confirm")).hasCount(0);
		check("kiosk revoked, phone (ar)");
	}

	@Test
	@DisplayName("phone, bokmål and Arabic: an organisation uploads a logo; without alternative text it is refused, with it the logo shows")
	void organisationUploadsALogo() throws IOException {
		Path logo = Files.createTempFile("logo", ".png");
		BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_ARGB);
		var g = image.createGraphics();
		g.setColor(new Color(20, 120, 90));
		g.fillRoundRect(20, 20, 560, 260, 60, 60);
		g.dispose();
		ImageIO.write(image, "png", logo.toFile());

		signIn("frivillig-bodo", "Frida Frivillig", "nb-NO");
		this.page.navigate(baseUrl() + "/organisations/seed-org-bodo-frivilligsentral/logo?lang=nb");
		this.page.locator("#media-file").setInputFiles(logo);
		this.page.locator("form[enctype] button[type=submit]").click();
		assertThat(this.page.locator(".error-summary")).containsText("Skriv hva bildet viser");
		check("logo refused without alt text, phone (nb)");
		this.page.locator("#media-file").setInputFiles(logo);
		this.page.locator("#media-alt").fill("Grønn logo for Bodø Frivilligsentral");
		this.page.locator("form[enctype] button[type=submit]").click();
		assertThat(this.page.locator("p.notice")).containsText("Bildet er lagret");
		assertThat(this.page.locator("img.media-preview")).hasAttribute("alt", "Grønn logo for Bodø Frivilligsentral");
		check("logo uploaded, phone (nb)");

		this.page.navigate(baseUrl() + "/organisations/seed-org-bodo-frivilligsentral?lang=ar");
		assertThat(this.page.locator("img.org-logo")).isVisible();
		check("organisation with logo, phone (ar)");
		this.page.navigate(baseUrl() + "/organisations/seed-org-bodo-frivilligsentral/logo?lang=ar");
		check("logo page, phone (ar)");
		Files.deleteIfExists(logo);
	}

	@Test
	@DisplayName("phone, bokmål: with a tile source the search page draws a map of the results with its attribution; the list stays")
	void mapOfResults() {
		signIn("frivillig-bodo", "Frida Frivillig", "nb-NO");
		this.page.navigate(baseUrl() + "/?lang=nb&near=Bodø");
		assertThat(this.page.locator("#results-map")).hasAttribute("data-ready", "true");
		assertThat(this.page.locator("#results-map.leaflet-container")).isVisible();
		assertThat(this.page.locator(".leaflet-control-attribution")).containsText("Testfliser");
		assertThat(this.page.locator("#results li.card").first()).isVisible();
		assertThat(this.page.locator("body")).containsText("Søker nær Bodø");
		check("map of results, phone (nb)");

		this.page.navigate(baseUrl() + "/organisations/seed-org-bodo-frivilligsentral/activities/new?lang=nb");
		Locator picker = this.page.locator("fieldset[data-place-picker] .map");
		assertThat(picker).hasAttribute("data-ready", "true");
		picker.click();
		assertThat(this.page.locator("input[type=hidden][name=lat]")).not().hasValue("");
		check("place picker, phone (nb)");
	}

	/**
	 * No WCAG 2 A/AA violation axe-core can find, and a screenshot a person can look at.
	 */
	private void check(String where) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(SCREENSHOTS.resolve(where.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "") + ".png")));
		AxeResults results = new AxeBuilder(this.page).withTags(SystemChromium.WCAG_A_AA).analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> where + ": " + violations.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"))).isEmpty();
		assertThat(results.getPasses()).as("axe ran its rules on " + where).isNotEmpty();
	}

}
