package no.hverdag.resources;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * A module that has things to use (rooms, equipment) answers searches and suggestions
 * from memory: no store round trip per hit, at most one per answer for what is free.
 */
public interface ResourceSearch {

	/** What matches the query's words in its area, scored; empty when nothing does. */
	Mono<List<ResourceHit>> search(ResourceQuery query);

	/** What fits a season and the groups someone belongs to, with the reasons why. */
	Mono<List<ResourceHit>> suggest(ResourceSuggestion ask);

}
