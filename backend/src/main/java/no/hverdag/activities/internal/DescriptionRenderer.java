package no.hverdag.activities.internal;

import no.hverdag.activities.TextFormat;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a description into HTML a page can show as is. Markdown goes through CommonMark
 * and then the OWASP sanitizer, which keeps only paragraphs, lists, emphasis, headings
 * and http(s)/mailto links: whatever an organisation (or someone who took over its
 * account) writes, no script, style or event handler reaches a page. Plain text is
 * escaped, with blank lines as paragraphs.
 */
@Component
class DescriptionRenderer {

	private final Parser markdown = Parser.builder().build();

	// Raw HTML in Markdown goes through to the sanitizer, which is the guard: harmless
	// tags stay, anything else (and a script's content) goes.
	private final HtmlRenderer html = HtmlRenderer.builder().sanitizeUrls(true).build();

	private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(new HtmlPolicyBuilder().allowElements("br", "hr", "code", "pre").toFactory());

	String toHtml(String description, TextFormat format) {
		if (description == null || description.isBlank()) {
			return "";
		}
		if (format == TextFormat.MARKDOWN) {
			return this.policy.sanitize(this.html.render(this.markdown.parse(description)));
		}
		StringBuilder out = new StringBuilder();
		for (String paragraph : description.strip().split("\\R\\s*\\R")) {
			out.append("<p>")
				.append(HtmlUtils.htmlEscape(paragraph.strip(), "UTF-8").replaceAll("\\R", "<br>"))
				.append("</p>");
		}
		return out.toString();
	}

}
