package no.hverdag.statistics.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import no.hverdag.shared.i18n.LocalForms;
import no.hverdag.statistics.Cell;
import no.hverdag.statistics.internal.StatisticsLabels.Bar;
import no.hverdag.statistics.internal.StatisticsLabels.Chart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A chart drawn on the server as inline SVG by JFreeChart onto JFreeSVG's
 * {@code Graphics2D}: horizontal bars, the count written at the end of each bar (so the
 * colour is never the only carrier), "under 5" written where a suppressed bar would be
 * and no bar drawn for it. Text stays {@code <text>} in the page's fonts (Ge'ez, Arabic),
 * and in a right-to-left language the labels stand on the right and the bars grow
 * leftwards. Drawing is CPU work with AWT font measuring, so it runs on its own bounded
 * scheduler, never on the event loop.
 */
@Component
class BarCharts {

	static final int WIDTH = 400;

	static final int ROW_HEIGHT = 30;

	/** The site's accent: 8.0:1 against the white ground (WCAG 1.4.11 asks 3:1). */
	static final Color BAR = new Color(0x0b, 0x53, 0x94);

	private static final Color INK = new Color(0x1b, 0x1b, 0x1f);

	private static final Color MUTED = new Color(0x4a, 0x4a, 0x55);

	private static final Color GRID = new Color(0xd0, 0xd4, 0xdb);

	private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

	private static final Pattern STYLE = Pattern.compile("style=(?:'([^']*)'|\"([^\"]*)\")");

	private static final String ISOLATE_RTL = "\u2067";

	private static final String POP_ISOLATE = "\u2069";

	private final Scheduler scheduler = Schedulers.newBoundedElastic(2, 200, "charts");

	/** The chart as an {@code <svg>} element, ready to place in the page. */
	Mono<String> svg(Chart chart, Locale locale) {
		return Mono.fromCallable(() -> draw(chart, locale)).subscribeOn(this.scheduler);
	}

	@PreDestroy
	void stop() {
		this.scheduler.dispose();
	}

	String draw(Chart chart, Locale locale) {
		int height = Math.max(2, chart.bars().size()) * ROW_HEIGHT + 56;
		SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
		g2.setDefsKeyPrefix("chart-" + chart.name() + "-");
		// Whole pixels and tenths are plenty on a screen, and keep the page small.
		g2.setGeomDoubleConverter(BarCharts::tenths);
		g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
		// The page's own font stack, with the served Ge'ez and Arabic fonts.
		g2.setFontFunction(family -> "inherit");
		chart(chart, locale).draw(g2, new Rectangle(0, 0, WIDTH, height));
		String svg = g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, height), null, null);
		return accessible(presentationAttributes(svg), chart);
	}

	private static String tenths(double value) {
		long tenths = Math.round(value * 10);
		return (tenths % 10 == 0) ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
	}

	private JFreeChart chart(Chart chart, Locale locale) {
		boolean rtl = chart.rightToLeft();
		NumberFormat numbers = new LocalNumbers(locale);
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		NumberAxis values = valueAxis(numbers, rtl);
		long largest = chart.bars()
			.stream()
			.map(Bar::value)
			.filter(v -> v != null)
			.mapToLong(Long::longValue)
			.max()
			.orElse(0);
		if (largest < Cell.MINIMUM_SHOWN) {
			// Nothing (or only zeros) to scale by: an axis from 0 to 5, never around
			// zero.
			values.setRange(0, Cell.MINIMUM_SHOWN);
		}
		CategoryPlot plot = new CategoryPlot(data, categoryAxis(), values, renderer(numbers, rtl));
		for (int i = 0; i < chart.bars().size(); i++) {
			Bar bar = chart.bars().get(i);
			Category category = new Category(i, rtl ? ISOLATE_RTL + bar.label() + POP_ISOLATE : bar.label());
			// A suppressed count is no value at all: nothing is plotted for it.
			data.addValue(bar.suppressed() ? null : bar.value(), "count", category);
			if (bar.suppressed()) {
				CategoryTextAnnotation note = new CategoryTextAnnotation(
						rtl ? ISOLATE_RTL + bar.shown() + POP_ISOLATE : bar.shown(), category, 0);
				note.setFont(TEXT.deriveFont(Font.ITALIC));
				note.setPaint(MUTED);
				note.setTextAnchor(rtl ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
				plot.addAnnotation(note);
			}
		}
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setDomainAxisLocation(rtl ? AxisLocation.BOTTOM_OR_RIGHT : AxisLocation.TOP_OR_LEFT);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRID);
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setDomainGridlinesVisible(false);
		plot.setInsets(new RectangleInsets(4, 4, 4, 12));
		JFreeChart drawn = new JFreeChart(null, TEXT, plot, false);
		drawn.setBackgroundPaint(Color.WHITE);
		drawn.setAntiAlias(true);
		drawn.setTextAntiAlias(true);
		return drawn;
	}

	private static CategoryAxis categoryAxis() {
		CategoryAxis axis = new CategoryAxis();
		axis.setTickLabelFont(TEXT);
		axis.setTickLabelPaint(INK);
		axis.setMaximumCategoryLabelLines(2);
		axis.setMaximumCategoryLabelWidthRatio(0.4f);
		axis.setTickMarksVisible(false);
		axis.setAxisLinePaint(MUTED);
		axis.setCategoryMargin(0.25);
		axis.setLowerMargin(0.02);
		axis.setUpperMargin(0.02);
		return axis;
	}

	private static NumberAxis valueAxis(NumberFormat numbers, boolean rtl) {
		NumberAxis axis = new NumberAxis();
		axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		axis.setNumberFormatOverride(numbers);
		axis.setTickLabelFont(TEXT.deriveFont(13f));
		axis.setTickLabelPaint(MUTED);
		axis.setAxisLineVisible(false);
		axis.setAutoRangeIncludesZero(true);
		axis.setAutoRangeMinimumSize(5);
		// Room after the longest bar for its count.
		axis.setUpperMargin(0.2);
		axis.setInverted(rtl);
		return axis;
	}

	private static BarRenderer renderer(NumberFormat numbers, boolean rtl) {
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setSeriesPaint(0, BAR);
		renderer.setMaximumBarWidth(0.8);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(TEXT);
		renderer.setDefaultItemLabelPaint(INK);
		renderer.setDefaultPositiveItemLabelPosition(
				rtl ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
						: new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setItemLabelAnchorOffset(4);
		return renderer;
	}

	/**
	 * JFreeSVG writes {@code style='fill: …; stroke: …'}; the site's Content Security
	 * Policy ({@code style-src 'self'}) ignores style attributes, which would leave every
	 * shape black. The same properties as SVG presentation attributes are allowed.
	 * {@code font-family: inherit} is left out: text inherits the page's font anyway.
	 */
	static String presentationAttributes(String svg) {
		return STYLE.matcher(svg).replaceAll(style -> {
			StringBuilder attributes = new StringBuilder();
			String declarations = (style.group(1) != null) ? style.group(1) : style.group(2);
			for (String declaration : declarations.split(";")) {
				int colon = declaration.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String name = declaration.substring(0, colon).strip();
				String value = declaration.substring(colon + 1).strip();
				if (!name.isEmpty() && !("font-family".equals(name) && "inherit".equals(value))) {
					attributes.append(attributes.isEmpty() ? "" : " ")
						.append(name)
						.append("=\"")
						.append(HtmlUtils.htmlEscape(value, "UTF-8"))
						.append('"');
				}
			}
			return Matcher.quoteReplacement(attributes.toString());
		});
	}

	/**
	 * JFreeSVG's element, made an image with a name and description for assistive
	 * technology (the table after it holds the numbers), and laid out left to right
	 * whatever the page's direction, because JFreeChart placed every text from its left.
	 */
	private static String accessible(String svg, Chart chart) {
		String id = "chart-" + chart.name();
		int open = svg.indexOf('>') + 1;
		String head = svg.substring(0, open)
			.replaceFirst("<svg ",
					"<svg class=\"bar-chart\" role=\"img\" direction=\"ltr\" focusable=\"false\" aria-labelledby=\""
							+ id + "-title\" aria-describedby=\"" + id + "-desc\" ");
		return head + "<title id=\"" + id + "-title\">" + HtmlUtils.htmlEscape(chart.title(), "UTF-8")
				+ "</title><desc id=\"" + id + "-desc\">" + HtmlUtils.htmlEscape(chart.description(), "UTF-8")
				+ "</desc>" + svg.substring(open);
	}

	/**
	 * A category: its place keeps two equal labels apart, its label is what the axis
	 * writes.
	 */
	private record Category(int index, String label) implements Comparable<Category> {

		@Override
		public int compareTo(Category other) {
			return Integer.compare(this.index, other.index);
		}

		@Override
		public String toString() {
			return this.label;
		}

	}

	/**
	 * JFreeChart asks for a {@code java.text.NumberFormat}; the numbers are written as
	 * everywhere else on the site, by {@link LocalForms}.
	 */
	private static final class LocalNumbers extends NumberFormat {

		private final Locale locale;

		LocalNumbers(Locale locale) {
			this.locale = locale;
		}

		@Override
		public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
			return to.append(LocalForms.number(Math.round(number), 0, this.locale));
		}

		@Override
		public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
			return to.append(LocalForms.number(number, 0, this.locale));
		}

		@Override
		public Number parse(String source, ParsePosition position) {
			throw new UnsupportedOperationException("only for writing numbers");
		}

	}

}
