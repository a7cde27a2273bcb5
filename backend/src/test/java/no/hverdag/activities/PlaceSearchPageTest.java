package no.hverdag.activities;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: a newcomer types a place into "near" instead of coordinates: a municipality,
 * a library, or "lat,lon" as before; an unknown place is said inline. Without a tile
 * source the search page has no map and loads no map script.
 */
@HverdagIntegrationTest
class PlaceSearchPageTest {

	@Autowired
	WebTestClient client;

	private String home(String query) {
		return this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build()
			.get()
			.uri(query.startsWith("lang=") ? "/?" + query : "/?lang=en&" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	@DisplayName("a municipality's name and a library's name are places to search near; 'lat,lon' still works")
	void placesByName() {
		String bodo = home("near=Bodø&sort=DISTANCE");
		assertThat(bodo).contains("Searching near Bodø.").doesNotContain("We cannot find the place");
		assertThat(bodo).contains("value=\"Bodø\"");
		assertThat(home("near=bodø kommune")).contains("Searching near Bodø.");
		assertThat(home("near=Stormen")).contains("Searching near Stormen bibliotek.");
		String coordinates = home("near=67.28,14.40&sort=DISTANCE");
		assertThat(coordinates).doesNotContain("We cannot find the place").contains("value=\"67.28,14.40\"");
	}

	@Test
	@DisplayName("the municipality list has every municipality once and the chosen one selected")
	void municipalityList() {
		String chosen = municipalitySelect(home("municipality=1804"));
		assertThat(chosen.split("<option ", -1)).as("'All' and the 357 municipalities").hasSize(1 + 1 + 357);
		assertThat(chosen)
			.containsPattern("<option value=\"1804\" selected=\"selected\">Bodø \\(Nordland\\)( \\(\\d+\\))?</option>")
			.containsPattern("<option value=\"5001\">Trondheim \\(Trøndelag\\)( \\(\\d+\\))?</option>")
			.containsOnlyOnce(" selected=");
		assertThat(municipalitySelect(home(""))).doesNotContain("selected");
	}

	private static String municipalitySelect(String page) {
		int start = page.indexOf("<select id=\"municipality\"");
		return page.substring(start, page.indexOf("</select>", start));
	}

	@Test
	@DisplayName("an unknown place gets an inline message at the field, not a silent empty list")
	void unknownPlace() {
		String page = home("near=Atlantis");
		assertThat(page).contains("We cannot find the place &quot;Atlantis&quot;")
			.contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"near-error near-hint\"");
		String arabic = home("lang=ar&near=Atlantis");
		assertThat(arabic).contains("لا نجد المكان «Atlantis»");
	}

	@Test
	@DisplayName("with no tile source configured there is no map and no map script, only the list")
	void noMapByDefault() {
		String page = home("");
		assertThat(page).doesNotContain("map.js").doesNotContain("results-map").doesNotContain("leaflet");
		assertThat(page).contains("id=\"results\"");
		this.client.get()
			.uri("/")
			.exchange()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*img-src 'self' data:; .*");
	}

}
