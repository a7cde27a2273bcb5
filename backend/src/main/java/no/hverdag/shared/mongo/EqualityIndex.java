package no.hverdag.shared.mongo;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index of the embedded store, which mongo-java-server declares but does not
 * build: every query on a non-unique field read and matched the whole collection (a
 * cancel's search for the first one waiting took over a second at 100,000 sign-ups,
 * docs/performance.md). This one answers an equality on the index's <em>first</em> field
 * with a plain text value (or {@code $in} of them) with the documents holding that value,
 * in memory; the whole query is then matched against each of them, so the answer is the
 * same as the scan's, and a compound index serves through its first field.
 *
 * <p>
 * It is built on its first use from the collection's documents and kept up to date by
 * every insert, update and delete after that; all of these run under the collection's
 * lock (mongo-java-server's synchronized collections). Nothing of it is written to the
 * store file: a store reads and writes as before, and a node that never asks by a field
 * holds nothing for it. Its cost is memory: about a hundred bytes per document and used
 * index.
 *
 * <p>
 * A <em>sparse</em> index also knows which documents hold its field at all. Those are few
 * by design (a hold not yet settled, a sign-up still to settle), and a condition that
 * only a document holding the field can meet (a range such as {@code holdSince < t}, an
 * equality with {@code true}, {@code $exists}) is answered from them: the minutely
 * recovery steps then read those few documents instead of the whole collection.
 */
final class EqualityIndex extends Index<Object> {

	private final String field;

	/** Document positions by value of the field; null until first used. */
	private Map<String, Set<Object>> positions;

	/**
	 * Positions of the documents that hold the field, whatever its value; only for a
	 * sparse index, null until first used.
	 */
	private Set<Object> holding;

	EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.field = keys.get(0).getKey();
	}

	/**
	 * The values a query condition asks this index's field to equal: a plain text value
	 * or {@code $in} of them; none when the condition is anything else (or the field is
	 * nested, which this index does not follow).
	 */
	List<String> wanted(Document query) {
		if (this.field.contains(".")) {
			return List.of();
		}
		return texts(query.get(this.field));
	}

	static List<String> texts(Object condition) {
		if (condition instanceof String text) {
			return List.of(text);
		}
		if (condition instanceof Document in && in.size() == 1 && in.get("$in") instanceof Collection<?> values
				&& !values.isEmpty() && values.stream().allMatch(String.class::isInstance)) {
			return values.stream().map(String.class::cast).toList();
		}
		return List.of();
	}

	/**
	 * Whether this index can say which documents hold its field, and the query's
	 * condition on it is one that only such a document meets: an equality with a value
	 * other than null (a flag that is {@code true}), a range or {@code $in} of values
	 * other than null, {@code $exists: true}. An equality with null, {@code $ne},
	 * {@code $nin} and {@code $exists: false} also match documents without the field.
	 */
	boolean needsField(Document query) {
		if (!isSparse() || this.field.contains(".")) {
			return false;
		}
		Object condition = query.get(this.field);
		if (condition == null) {
			return false;
		}
		if (!(condition instanceof Document operators) || operators.isEmpty()
				|| !operators.keySet().stream().allMatch(key -> key.startsWith("$"))) {
			return true;
		}
		return operators.entrySet().stream().anyMatch(operator -> switch (operator.getKey()) {
			case "$eq", "$gt", "$gte", "$lt", "$lte" -> operator.getValue() != null;
			case "$exists" -> Boolean.TRUE.equals(operator.getValue())
					|| (operator.getValue() instanceof Number number && number.doubleValue() != 0);
			case "$in" -> operator.getValue() instanceof Collection<?> values && !values.isEmpty()
					&& values.stream().allMatch(value -> value != null);
			default -> false;
		});
	}

	/** The documents that hold the field, in the order a scan reads them. */
	Collection<Object> holdingField(Supplier<Stream<DocumentWithPosition<Object>>> documents) {
		build(documents);
		Set<Object> found = new TreeSet<>(ValueComparator.asc());
		found.addAll(this.holding);
		return found;
	}

	/** How many documents hold the field. */
	long countHoldingField(Supplier<Stream<DocumentWithPosition<Object>>> documents) {
		build(documents);
		return this.holding.size();
	}

	/**
	 * The positions of the documents whose field holds one of these values, in the order
	 * a scan reads them.
	 */
	Collection<Object> candidates(List<String> values, Supplier<Stream<DocumentWithPosition<Object>>> documents) {
		build(documents);
		Set<Object> found = new TreeSet<>(ValueComparator.asc());
		for (String value : values) {
			found.addAll(this.positions.getOrDefault(value, Set.of()));
		}
		return found;
	}

	/** At most how many documents hold one of these values (cheap: no sorting). */
	long count(List<String> values, Supplier<Stream<DocumentWithPosition<Object>>> documents) {
		build(documents);
		return values.stream().distinct().mapToLong(value -> this.positions.getOrDefault(value, Set.of()).size()).sum();
	}

	private void build(Supplier<Stream<DocumentWithPosition<Object>>> documents) {
		if (this.positions == null) {
			Map<String, Set<Object>> built = new HashMap<>();
			Set<Object> holdingBuilt = isSparse() ? new HashSet<>() : null;
			documents.get().forEach(each -> add(built, holdingBuilt, each.getDocument(), each.getPosition()));
			this.holding = holdingBuilt;
			this.positions = built;
		}
	}

	private void add(Map<String, Set<Object>> map, Set<Object> holding, Document document, Object position) {
		for (String value : valuesOf(document)) {
			map.computeIfAbsent(value, key -> new HashSet<>(2)).add(position);
		}
		if (holding != null && document.containsKey(this.field)) {
			holding.add(position);
		}
	}

	private void remove(Document document, Object position) {
		if (this.holding != null) {
			this.holding.remove(position);
		}
		for (String value : valuesOf(document)) {
			Set<Object> holding = this.positions.get(value);
			if (holding != null && holding.remove(position) && holding.isEmpty()) {
				this.positions.remove(value);
			}
		}
	}

	/**
	 * The values an equality on the field finds this document by: its text, or each text
	 * in its array. A document without one (missing, null, a number) matches no text.
	 */
	private Set<String> valuesOf(Document document) {
		Object value = document.get(this.field);
		if (value instanceof String text) {
			return Set.of(text);
		}
		Set<String> texts = new HashSet<>();
		if (value instanceof Collection<?> elements) {
			elements.stream().filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
		}
		return texts;
	}

	@Override
	public void add(Document document, Object position, MongoCollection<Object> collection) {
		if (this.positions != null) {
			add(this.positions, this.holding, document, position);
		}
	}

	/**
	 * The document's position, as the {@code _id} index gives it (the collection checks
	 * that all indexes agree): its {@code _id}, the key of the store's map.
	 */
	@Override
	public Object remove(Document document) {
		Object position = document.get("_id");
		if (this.positions != null) {
			remove(document, position);
		}
		return position;
	}

	@Override
	public void updateInPlace(Document oldDocument, Document newDocument, Object position,
			MongoCollection<Object> collection) {
		if (this.positions != null) {
			remove(oldDocument, position);
			add(this.positions, this.holding, newDocument, position);
		}
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
		// Not unique: nothing to refuse.
	}

	@Override
	public void checkAdd(Document document, MongoCollection<Object> collection) {
		// Not unique: nothing to refuse.
	}

	@Override
	public Object getPosition(Document document) {
		return null;
	}

	/** Never empty to {@code addIndex}, which would otherwise build it at once. */
	@Override
	public boolean isEmpty() {
		return false;
	}

	/**
	 * mongo-java-server's own query path never uses it; {@link IdLookupH2Database} does.
	 */
	@Override
	public boolean canHandle(Document query) {
		return false;
	}

	@Override
	public Iterable<Object> getPositions(Document query) {
		throw new UnsupportedOperationException("looked up through candidates()");
	}

	@Override
	public long getCount() {
		if (this.holding != null) {
			return this.holding.size();
		}
		return (this.positions == null) ? 0 : this.positions.values().stream().mapToLong(Set::size).sum();
	}

	@Override
	public long getDataSize() {
		return 0;
	}

	@Override
	public void drop() {
		this.positions = null;
		this.holding = null;
	}

}
