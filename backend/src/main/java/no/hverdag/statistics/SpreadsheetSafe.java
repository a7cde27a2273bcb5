package no.hverdag.statistics;

/**
 * Text for a cell of a file that people open in a spreadsheet: a cell starting with
 * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return) would run as
 * a formula (CSV injection, OWASP), so it gets a leading apostrophe and is read as text.
 */
public final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	public static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + text : text;
	}

}
