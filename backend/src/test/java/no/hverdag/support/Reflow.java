package no.hverdag.support;

import java.util.List;

import com.microsoft.playwright.Page;

/**
 * WCAG 1.4.10 (reflow): at 320 CSS px a page scrolls only up and down. Says what sticks
 * out to the right when the page also scrolls sideways.
 */
public final class Reflow {

	private Reflow() {
	}

	/**
	 * Empty when nothing is wider than the viewport; else where, how wide, and the first
	 * culprits.
	 */
	public static List<String> sideways(Page page, String where) {
		List<?> widths = (List<?>) page
			.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
		int scroll = ((Number) widths.get(0)).intValue();
		int client = ((Number) widths.get(1)).intValue();
		if (scroll <= client) {
			return List.of();
		}
		return List.of(where + ": " + scroll + " px wide in " + client + " px: "
				+ page.evaluate("() => [...document.querySelectorAll('body *')]"
						+ ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
						+ ".slice(0, 6).map(e => e.tagName + '.' + e.className).join(', ')"));
	}

}
