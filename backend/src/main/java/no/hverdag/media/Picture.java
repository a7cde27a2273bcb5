package no.hverdag.media;

/**
 * A stored picture as a page shows it: the addresses of its two versions, their sizes (so
 * the page does not jump while it loads) and the alternative text in its language.
 */
public record Picture(String imageId, String url, int width, int height, String thumbnailUrl, int thumbnailWidth,
		int thumbnailHeight, String alt, String altLanguage) {
}
