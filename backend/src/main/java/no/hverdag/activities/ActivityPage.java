package no.hverdag.activities;

import java.util.List;
import java.util.Map;

/**
 * One page of a search: the activities on it, how many matched in all, and for each
 * filter how many would match with each of its values (the filter's own choice left out,
 * so a newcomer sees what picking another value would give).
 */
public record ActivityPage(List<Activity> activities, long total, int page, int size,
		Map<String, Map<String, Long>> facets) {

	public ActivityPage {
		activities = List.copyOf(activities);
		facets = Map.copyOf(facets);
	}

	public int pages() {
		return (int) Math.min(ActivityQuery.MAX_PAGE + 1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

}
