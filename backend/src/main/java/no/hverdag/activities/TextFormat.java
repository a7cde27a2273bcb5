package no.hverdag.activities;

/**
 * How a description is written: plain text, or Markdown that pages render through an HTML
 * sanitizer.
 */
public enum TextFormat {

	PLAIN, MARKDOWN

}
