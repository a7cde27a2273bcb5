package no.hverdag.activities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import no.hverdag.activities.Activity;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real search (index and its reactive face) over listings read through the import,
 * for tests outside this package that need more than the index: the suggestions' judged
 * set runs the real {@code Recommendations} over it.
 */
public final class IndexedCatalogue implements AutoCloseable {

	private final ActivitySearchIndex index;

	private final ActivitySearch search;

	private IndexedCatalogue(ActivitySearchIndex index) {
		this.index = index;
		this.search = new ActivitySearch(index, null);
	}

	/** An index as the application builds it, holding these listings. */
	public static IndexedCatalogue of(Clock clock, List<Activity> activities) throws IOException {
		IndexedCatalogue catalogue = new IndexedCatalogue(SearchIndexes.forTests(clock));
		catalogue.index.indexAll(activities);
		return catalogue;
	}

	public ActivitySearch search() {
		return this.search;
	}

	/**
	 * Reads an import file from the class path exactly as an import does (file, row
	 * converter, form rules), adding a point from {@code point} (municipality, district)
	 * when the file has none. The place's name stands for the organisation, as it mostly
	 * does in the invented catalogue (a library, a volunteer centre, Red Cross).
	 */
	public static List<Activity> imported(String resource, Clock clock, BiFunction<String, String, double[]> point)
			throws IOException {
		String text;
		try (InputStream in = IndexedCatalogue.class.getResourceAsStream(resource)) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		ActivityImportFile.Parsed parsed = ActivityImportFile.csv(text);
		assertThat(parsed.problems()).as("%s imports cleanly", resource).isEmpty();
		Validator validator = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.buildValidatorFactory()
			.getValidator();
		List<Activity> activities = new ArrayList<>();
		for (ActivityImportFile.Row read : parsed.rows()) {
			Map<String, String> cells = new LinkedHashMap<>(read.cells());
			double[] at = point.apply(cells.get("municipality"), cells.get("district"));
			if (at != null && (cells.get("lat") == null || cells.get("lat").isBlank())) {
				cells.put("lat", Double.toString(at[0]));
				cells.put("lon", Double.toString(at[1]));
			}
			ActivityImportFile.Row row = new ActivityImportFile.Row(read.number(), cells);
			ActivityImportRow.Converted converted = ActivityImportRow.convert(row);
			assertThat(converted.problems()).as("row %s", row.get("id")).isEmpty();
			assertThat(validator.validate(converted.form())).as("row %s", row.get("id")).isEmpty();
			activities.add(Activity.published(row.get("id"), "org-" + row.get("placeName"), row.get("placeName"),
					converted.form().toDraft(), clock.instant()));
		}
		return activities;
	}

	@Override
	public void close() throws IOException {
		this.search.destroy();
		this.index.close();
	}

}
