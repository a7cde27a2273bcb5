package no.hverdag.activities.internal;

import java.util.List;
import java.util.Map;

import no.hverdag.municipalities.Municipality;
import org.springframework.web.util.HtmlUtils;

/**
 * The 357 options of the search form's municipality list, written as one piece of HTML.
 * Rendered option by option by the template they were half of the search page's time
 * (three expressions each; issue 18); written here they cost a few microseconds. Names
 * are escaped once per list of municipalities, not per request.
 */
final class MunicipalityOptions {

	/**
	 * The escaped number and label of each municipality, for the list they were made
	 * from.
	 */
	private record Escaped(List<Municipality> of, String[] numbers, String[] labels) {
	}

	private static volatile Escaped escaped;

	private MunicipalityOptions() {
	}

	/**
	 * {@code <option>} elements for every municipality, with the number of listings the
	 * current search finds there when it finds any, and the chosen one selected.
	 */
	static String html(List<Municipality> all, Map<String, Long> counts, String selected) {
		Escaped parts = escaped(all);
		StringBuilder out = new StringBuilder(all.size() * 56);
		for (int i = 0; i < all.size(); i++) {
			String number = all.get(i).number();
			out.append("<option value=\"").append(parts.numbers()[i]).append('"');
			if (number.equals(selected)) {
				out.append(" selected=\"selected\"");
			}
			out.append('>').append(parts.labels()[i]);
			Long count = counts == null ? null : counts.get(number);
			if (count != null) {
				out.append(" (").append(count).append(')');
			}
			out.append("</option>");
		}
		return out.toString();
	}

	private static Escaped escaped(List<Municipality> all) {
		Escaped known = escaped;
		if (known != null && known.of() == all) {
			return known;
		}
		String[] numbers = new String[all.size()];
		String[] labels = new String[all.size()];
		for (int i = 0; i < all.size(); i++) {
			numbers[i] = HtmlUtils.htmlEscape(all.get(i).number(), "UTF-8");
			labels[i] = HtmlUtils.htmlEscape(all.get(i).nameWithCounty(), "UTF-8");
		}
		Escaped made = new Escaped(all, numbers, labels);
		escaped = made;
		return made;
	}

}
