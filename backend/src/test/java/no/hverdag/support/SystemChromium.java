package no.hverdag.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Debian Chromium driven by Playwright, for browser tests: no browser download, and
 * flags that keep it from reaching for the network this machine does not have.
 */
public final class SystemChromium {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** The axe-core tags of WCAG 2 A and AA. */
	public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private SystemChromium() {
	}

	public static Playwright playwright() {
		assertThat(CHROMIUM).as("Chromium for browser tests (apt-get install chromium)").exists();
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

}
