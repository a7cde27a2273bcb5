package no.hverdag.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * axe-core for many pages in a row, the same engine and rules as {@link AxeBuilder} but
 * without its cost per page: {@code AxeBuilder.analyze()} sends the 550 kB script over
 * the wire up to three times and opens a blank page to merge frame results, for every
 * check. Here the script is installed once per browser context ({@code addInitScript}, so
 * each page load has it), and one call runs only the WCAG 2 A/AA rules, asks for
 * violations only, skips frames (our pages have none) and returns what a failure message
 * needs, with the page's {@code lang}, {@code dir} and any {@code ??key??} left
 * unresolved.
 */
public final class AxeInPage {

	/** The axe-core bundled with {@code com.deque.html.axe-core:playwright}. */
	private static final String AXE_SOURCE = load();

	private static final String RUN = """
			async (tags) => {
			  const results = await axe.run(document, {
			    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
			  return {
			    lang: document.documentElement.getAttribute('lang'),
			    dir: document.documentElement.getAttribute('dir'),
			    unresolved: document.body.innerText.includes('??'),
			    rulesRun: results.passes.length + results.violations.length + results.incomplete.length,
			    violations: results.violations.flatMap(v => v.nodes.map(n =>
			      v.id + ' (' + v.impact + '): ' + v.help + ' at ' + n.target.join(' ')))
			  };
			}""";

	private AxeInPage() {
	}

	/** Makes axe-core available on every page this context loads from now on. */
	public static void install(BrowserContext context) {
		context.addInitScript(AXE_SOURCE);
	}

	/**
	 * The problems on the page shown now, each prefixed with {@code where}: axe's WCAG 2
	 * A/AA violations (rule, impact, help, element), and a {@code lang} or {@code dir}
	 * other than expected, and message keys without a text.
	 */
	public static List<String> problems(Page page, String where, String lang, String dir) {
		Map<?, ?> result = (Map<?, ?>) page.evaluate(RUN, SystemChromium.WCAG_A_AA);
		List<String> problems = new ArrayList<>();
		if (!lang.equals(result.get("lang"))) {
			problems.add(where + ": <html lang=\"" + result.get("lang") + "\">, expected " + lang);
		}
		if (!dir.equals(result.get("dir"))) {
			problems.add(where + ": <html dir=\"" + result.get("dir") + "\">, expected " + dir);
		}
		if (((Number) result.get("rulesRun")).intValue() == 0) {
			problems.add(where + ": axe-core ran no rule");
		}
		if (Boolean.TRUE.equals(result.get("unresolved"))) {
			problems.add(where + ": a message key without text (??key??)");
		}
		for (Object violation : (List<?>) result.get("violations")) {
			problems.add(where + ": " + violation);
		}
		return problems;
	}

	private static String load() {
		try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
