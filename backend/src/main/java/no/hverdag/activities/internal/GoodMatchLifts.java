package no.hverdag.activities.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A text score with lifts for what the query asks besides words (a day, a time of day,
 * "free"), given only to good text matches: those scoring at least {@code good}. A
 * listing that merely happens on the asked day never passes one that is what was asked
 * for; among good matches the one on that day comes first. Used as the source of a
 * {@code FunctionScoreQuery} around the text query.
 */
final class GoodMatchLifts extends DoubleValuesSource {

	private final double good;

	private final List<DoubleValuesSource> conditions;

	private final double[] lifts;

	/** {@code conditions}: as {@link DoubleValuesSource#fromQuery}, one lift each. */
	private GoodMatchLifts(double good, List<DoubleValuesSource> conditions, double[] lifts) {
		this.good = good;
		this.conditions = List.copyOf(conditions);
		this.lifts = lifts;
	}

	static GoodMatchLifts of(double good, List<Query> conditions, double[] lifts) {
		return new GoodMatchLifts(good, conditions.stream().map(DoubleValuesSource::fromQuery).toList(), lifts);
	}

	@Override
	public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
		DoubleValues[] matches = new DoubleValues[this.conditions.size()];
		for (int i = 0; i < matches.length; i++) {
			matches[i] = this.conditions.get(i).getValues(context, null);
		}
		return new DoubleValues() {

			private double value;

			@Override
			public double doubleValue() {
				return this.value;
			}

			@Override
			public boolean advanceExact(int doc) throws IOException {
				if (!scores.advanceExact(doc)) {
					return false;
				}
				double score = scores.doubleValue();
				this.value = score + lift(matches, doc, score);
				return true;
			}

		};
	}

	private double lift(DoubleValues[] matches, int doc, double score) throws IOException {
		double lift = 0;
		if (score >= this.good) {
			for (int i = 0; i < matches.length; i++) {
				if (matches[i].advanceExact(doc)) {
					lift += this.lifts[i];
				}
			}
		}
		return lift;
	}

	@Override
	public Explanation explain(LeafReaderContext context, int doc, Explanation score) throws IOException {
		DoubleValues[] matches = new DoubleValues[this.conditions.size()];
		List<Explanation> parts = new ArrayList<>();
		parts.add(score);
		double lift = 0;
		for (int i = 0; i < matches.length; i++) {
			matches[i] = this.conditions.get(i).getValues(context, null);
			boolean met = score.getValue().doubleValue() >= this.good && matches[i].advanceExact(doc);
			if (met) {
				lift += this.lifts[i];
				parts.add(Explanation.match((float) this.lifts[i], "lift for " + this.conditions.get(i)));
			}
		}
		return Explanation.match(score.getValue().doubleValue() + lift,
				String.format(Locale.ROOT, "text score, lifted where a good match (>= %.2f):", this.good), parts);
	}

	@Override
	public boolean needsScores() {
		return true;
	}

	@Override
	public DoubleValuesSource rewrite(IndexSearcher searcher) throws IOException {
		List<DoubleValuesSource> rewritten = new ArrayList<>();
		for (DoubleValuesSource condition : this.conditions) {
			rewritten.add(condition.rewrite(searcher));
		}
		return new GoodMatchLifts(this.good, rewritten, this.lifts);
	}

	@Override
	public boolean isCacheable(LeafReaderContext context) {
		return false;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GoodMatchLifts that && this.good == that.good && this.conditions.equals(that.conditions)
				&& Arrays.equals(this.lifts, that.lifts);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.good, this.conditions, Arrays.hashCode(this.lifts));
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "lifts%s%s where score >= %.2f", this.conditions, Arrays.toString(this.lifts),
				this.good);
	}

}
