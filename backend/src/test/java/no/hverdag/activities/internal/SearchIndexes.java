package no.hverdag.activities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A search index as the application builds it, for tests without Spring: the
 * municipalities' names come from the same seed file the directory loads.
 */
final class SearchIndexes {

	private static Map<String, List<String>> names;

	private SearchIndexes() {
	}

	static ActivitySearchIndex forTests(Clock clock) throws IOException {
		Map<String, List<String>> places = municipalityNames();
		return new ActivitySearchIndex(clock, number -> places.getOrDefault(number, List.of()));
	}

	private static synchronized Map<String, List<String>> municipalityNames() throws IOException {
		if (names == null) {
			Map<String, List<String>> read = new HashMap<>();
			try (InputStream in = SearchIndexes.class.getResourceAsStream("/seed-data/municipalities.json")) {
				for (JsonNode municipality : JsonMapper.builder().build().readTree(in)) {
					List<String> all = new ArrayList<>();
					all.add(municipality.get("name").asString());
					municipality.get("otherNames").forEach(other -> all.add(other.asString()));
					read.put(municipality.get("number").asString(), all);
				}
			}
			names = read;
		}
		return names;
	}

}
