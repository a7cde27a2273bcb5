package no.hverdag.activities.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A spreadsheet of activities as rows of named cells, read from CSV (a header row, then
 * one activity per row) or JSON (an array of objects with the same names). Rows are
 * numbered as a spreadsheet shows them: in CSV the header is row 1, in JSON the first
 * object is row 1. Multi-valued cells keep their {@code ;}; JSON arrays become such
 * cells. Unknown columns are problems, so a misspelt header is not silently ignored.
 */
final class ActivityImportFile {

	/** More rows than this are refused: an import is checked and written in one go. */
	static final int MAX_ROWS = 5_000;

	/**
	 * The columns besides the translations ({@code title_en}, {@code description_en}).
	 */
	static final List<String> COLUMNS = List.of("id", "type", "language", "title", "description", "format",
			"scheduleKind", "date", "days", "lastDate", "exceptions", "start", "end", "placeName", "address",
			"municipality", "district", "buildingType", "lat", "lon", "languages", "level", "audience", "free",
			"priceNok", "accessibility", "capacity", "signUpRequired", "contactName", "contactPhone", "contactEmail",
			"organisation", "topics", "publishAt");

	static final Pattern TRANSLATION = Pattern.compile("(title|description)_([a-z]{2})");

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One activity's cells, by column name, blank cells left out. */
	record Row(int number, Map<String, String> cells) {

		String get(String column) {
			return this.cells.get(column);
		}

	}

	/** A problem with the file or one row, as a message key with its arguments. */
	record Problem(int row, String field, String messageKey, Object... arguments) {
	}

	record Parsed(List<Row> rows, List<Problem> problems) {
	}

	private ActivityImportFile() {
	}

	static Parsed csv(String text) {
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		try (MappingIterator<String[]> records = CSV.readerFor(String[].class).readValues(stripBom(text))) {
			if (!records.hasNext()) {
				return empty();
			}
			String[] header = records.next();
			List<String> names = new ArrayList<>();
			for (String name : header) {
				names.add(name == null ? "" : name.strip());
			}
			unknownColumns(names, 1, problems);
			int number = 1;
			while (records.hasNext()) {
				String[] record = records.next();
				number++;
				if (record.length > names.size()) {
					problems.add(new Problem(number, "file", "validation.import.columns", names.size()));
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < record.length; i++) {
					if (record[i] != null && !record[i].isBlank()) {
						cells.put(names.get(i), record[i].strip());
					}
				}
				add(rows, number, cells, problems);
			}
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			problems.add(new Problem(line, "file", "validation.import.unreadable"));
		}
		return rows.isEmpty() && problems.isEmpty() ? empty() : new Parsed(rows, problems);
	}

	static Parsed json(String text) {
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		JsonNode root;
		try {
			root = JSON.readTree(stripBom(text));
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			return new Parsed(List.of(), List.of(new Problem(line, "file", "validation.import.unreadable")));
		}
		if (root == null || !root.isArray()) {
			return new Parsed(List.of(), List.of(new Problem(0, "file", "validation.import.jsonArray")));
		}
		Set<String> seen = new TreeSet<>();
		int number = 0;
		for (JsonNode item : root) {
			number++;
			if (!item.isObject()) {
				problems.add(new Problem(number, "file", "validation.import.jsonArray"));
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : item.properties()) {
				seen.add(field.getKey());
				String value = cell(field.getValue());
				if (value != null && !value.isBlank()) {
					cells.put(field.getKey(), value.strip());
				}
			}
			add(rows, number, cells, problems);
		}
		unknownColumns(seen, 0, problems);
		return rows.isEmpty() && problems.isEmpty() ? empty() : new Parsed(rows, problems);
	}

	private static void add(List<Row> rows, int number, Map<String, String> cells, List<Problem> problems) {
		if (cells.isEmpty()) {
			return; // an empty line in a spreadsheet is not an activity
		}
		if (rows.size() == MAX_ROWS) {
			if (problems.stream().noneMatch(p -> "validation.import.tooMany".equals(p.messageKey()))) {
				problems.add(new Problem(number, "file", "validation.import.tooMany", MAX_ROWS));
			}
			return;
		}
		rows.add(new Row(number, cells));
	}

	private static String cell(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isArray()) {
			List<String> parts = new ArrayList<>();
			value.forEach(part -> parts.add(part.isValueNode() ? part.asString() : part.toString()));
			return String.join(";", parts);
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	private static void unknownColumns(Iterable<String> names, int row, List<Problem> problems) {
		for (String name : names) {
			if (!name.isEmpty() && !COLUMNS.contains(name) && !TRANSLATION.matcher(name).matches()) {
				problems.add(new Problem(row, name, "validation.import.unknownColumn"));
			}
		}
	}

	private static Parsed empty() {
		return new Parsed(List.of(), List.of(new Problem(0, "file", "validation.import.empty")));
	}

	private static String stripBom(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** The cells of a multi-valued column. */
	static List<String> split(String cell) {
		if (cell == null) {
			return List.of();
		}
		return java.util.Arrays.stream(cell.split(";"))
			.map(String::strip)
			.filter(part -> !part.isEmpty())
			.collect(Collectors.toList());
	}

}
