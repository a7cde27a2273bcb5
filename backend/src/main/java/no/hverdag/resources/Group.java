package no.hverdag.resources;

/**
 * Who a thing is good for; "for you" maps the groups a newcomer says they belong to onto
 * these (message keys {@code resources.group.NAME}).
 */
public enum Group {

	FAMILIES, YOUTH, ADULTS, SENIORS

}
