package no.hverdag.shared.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 database of mongo-java-server, whose collections look a query up by {@code _id}
 * whenever it names one {@code _id} (or a {@code $in} list of them), even with further
 * conditions. mongo-java-server uses an index only when the query's fields are exactly
 * the index's fields, so a conditional update such as {@code {_id: slot, remaining: {$gt:
 * 0}}} (the booking's atomic take) or a release of claims {@code {_id: {$in: ids},
 * holder: h}} scanned the whole collection, reading and matching every document
 * (measured: the larger part of the booking CPU on a file store, docs/performance.md).
 * Here the {@code _id} index gives the candidates and the whole query is still matched
 * against each of them, so the answer is the same as the scan's.
 *
 * <p>
 * The maps are opened under the names {@link H2Database} uses ({@code databases.<ns>},
 * {@code meta.<ns>}, mongo-java-server 1.47), so a store file is read and written exactly
 * as before.
 */
final class IdLookupH2Database extends H2Database {

	/**
	 * {@link H2Database}'s constructor already opens the existing collections, before
	 * this class's fields are set: the store reaches {@link #openOrCreateCollection} that
	 * way.
	 */
	private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

	private final MVStore store;

	private IdLookupH2Database(String name, MVStore store, CursorRegistry cursors) {
		super(name, store, cursors);
		this.store = store;
	}

	static IdLookupH2Database open(String name, MVStore store, CursorRegistry cursors) {
		OPENING.set(store);
		try {
			return new IdLookupH2Database(name, store, cursors);
		}
		finally {
			OPENING.remove();
		}
	}

	/**
	 * A non-unique index, which mongo-java-server would declare and ignore, is an
	 * {@link EqualityIndex} here.
	 */
	@Override
	protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		return new EqualityIndex(indexName, keys, sparse);
	}

	@Override
	protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
		String namespace = getFullCollectionNamespace(collectionName);
		MVStore mvStore = (this.store != null) ? this.store : OPENING.get();
		MVMap<Object, Document> documents = mvStore.openMap("databases." + namespace);
		MVMap<String, Object> meta = mvStore.openMap("meta." + namespace);
		return new IdLookupCollection(this, collectionName, options, documents, meta, this.cursorRegistry);
	}

	static final class IdLookupCollection extends H2Collection {

		IdLookupCollection(MongoDatabase database, String name, CollectionOptions options,
				MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
			super(database, name, options, documents, meta, cursors);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document fieldSelector) {
			Document conditions = conjuncts(query);
			if (conditions.size() > 1 || conditions != query || isIn(conditions.get("_id"))) {
				List<Object> ids = ids(conditions.get("_id"));
				Index<Object> index = ids.isEmpty() ? null : idIndex();
				if (index != null) {
					Set<Object> positions = new LinkedHashSet<>();
					for (Object id : ids) {
						index.getPositions(new Document("_id", id)).forEach(positions::add);
					}
					return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
				}
			}
			Collection<Object> candidates = candidates(conditions);
			if (candidates != null) {
				return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, fieldSelector);
			}
			return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
		}

		/**
		 * The conditions every answer must meet, one per field: the query's own and those
		 * of a top-level {@code $and} (which the MongoDB driver's {@code Filters.and}
		 * writes), the first where a field has several. Used only to narrow the
		 * candidates; the whole query is matched against each of them.
		 */
		static Document conjuncts(Document query) {
			if (!(query.get("$and") instanceof List<?> parts)) {
				return query;
			}
			Document conditions = new Document();
			query.forEach((field, condition) -> {
				if (!"$and".equals(field)) {
					conditions.put(field, condition);
				}
			});
			for (Object part : parts) {
				if (part instanceof Document document) {
					conjuncts(document).forEach(conditions::putIfAbsent);
				}
			}
			return conditions;
		}

		/**
		 * The documents an index narrows the query to, when one does: a unique index on
		 * one field the query asks to equal a text (a cancel by its token with a
		 * condition on the status), else the {@link EqualityIndex} on whose first field
		 * it finds the fewest (by value, or for a sparse one by holding the field at
		 * all); null when none narrows it to a quarter of the collection or less, and the
		 * collection is scanned.
		 */
		private Collection<Object> candidates(Document conditions) {
			for (Index<Object> index : getIndexes()) {
				if (index.isUnique() && index.getKeys().size() == 1) {
					String key = index.getKeys().get(0).getKey();
					List<String> values = EqualityIndex.texts(conditions.get(key));
					if (!"_id".equals(key) && !key.contains(".") && !values.isEmpty()) {
						Set<Object> positions = new LinkedHashSet<>();
						for (String value : values) {
							index.getPositions(new Document(key, value)).forEach(positions::add);
						}
						return positions;
					}
				}
			}
			EqualityIndex best = null;
			List<String> bestValues = List.of();
			long fewest = Long.MAX_VALUE;
			for (Index<Object> index : getIndexes()) {
				if (index instanceof EqualityIndex equality) {
					List<String> values = equality.wanted(conditions);
					long found = !values.isEmpty() ? equality.count(values, this::streamAllDocumentsWithPosition)
							: equality.needsField(conditions)
									? equality.countHoldingField(this::streamAllDocumentsWithPosition) : Long.MAX_VALUE;
					if (found < fewest) {
						best = equality;
						bestValues = values;
						fewest = found;
					}
				}
			}
			// A value most documents hold (everyone's identity provider) narrows nothing:
			// reading them one by one would cost more than the scan.
			if (best == null || fewest > count() / 4) {
				return eitherOf(conditions.get("$or"));
			}
			return bestValues.isEmpty() ? best.holdingField(this::streamAllDocumentsWithPosition)
					: best.candidates(bestValues, this::streamAllDocumentsWithPosition);
		}

		/**
		 * For an {@code $or} whose every branch an index narrows (a person's sign-ups:
		 * theirs by identity, or made with their contact point), the union of the
		 * branches' candidates; null when one branch would need the scan.
		 */
		private Collection<Object> eitherOf(Object branches) {
			if (!(branches instanceof List<?> parts) || parts.isEmpty()) {
				return null;
			}
			Set<Object> union = new TreeSet<>(ValueComparator.asc());
			for (Object part : parts) {
				Collection<Object> found = (part instanceof Document branch) ? candidates(conjuncts(branch)) : null;
				if (found == null) {
					return null;
				}
				union.addAll(found);
			}
			return (union.size() > count() / 4) ? null : union;
		}

		private Index<Object> idIndex() {
			for (Index<Object> index : getIndexes()) {
				if (index.getKeys().size() == 1 && "_id".equals(index.getKeys().get(0).getKey())) {
					return index;
				}
			}
			return null;
		}

		private static boolean isIn(Object value) {
			return value instanceof Document condition && condition.size() == 1 && condition.containsKey("$in");
		}

		/**
		 * The {@code _id} values a query condition names, when it is an equality with a
		 * plain value or {@code $in} of plain values; otherwise none (the query is
		 * scanned, as mongo-java-server does).
		 */
		private static List<Object> ids(Object condition) {
			if (plain(condition)) {
				return List.of(condition);
			}
			if (isIn(condition) && ((Document) condition).get("$in") instanceof Collection<?> values
					&& !values.isEmpty() && values.stream().allMatch(IdLookupCollection::plain)) {
				return new ArrayList<>(values);
			}
			return List.of();
		}

		/**
		 * Values whose equality the {@code _id} index answers exactly as a scan would.
		 */
		private static boolean plain(Object value) {
			return value instanceof String || value instanceof Integer || value instanceof Long
					|| value instanceof ObjectId || value instanceof UUID;
		}

	}

}
