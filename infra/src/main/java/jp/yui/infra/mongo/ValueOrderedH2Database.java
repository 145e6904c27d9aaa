package jp.yui.infra.mongo;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.h2.H2Database;

/**
 * An H2-backed database whose unique indexes are ordered by value ({@link KeyValueType}). Their maps carry a
 * suffix of their own; an index map left by the stock backend is copied over once and removed.
 */
final class ValueOrderedH2Database extends H2Database {

    private static final String SUFFIX = ".by-value";

    /** The store of a database under construction: H2Database's constructor already opens the indexes. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private ValueOrderedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    static ValueOrderedH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        OPENING.set(store);
        try {
            return new ValueOrderedH2Database(databaseName, store, cursorRegistry);
        } finally {
            OPENING.remove();
        }
    }

    private MVStore store() {
        return store != null ? store : OPENING.get();
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVStore mvStore = store();
        String stockName = stockMapName(collectionName, indexName);
        boolean migrate = !mvStore.hasMap(stockName + SUFFIX) && mvStore.hasMap(stockName);
        MVMap<KeyValue, Object> map = mvStore.openMap(stockName + SUFFIX,
                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
        if (migrate) {
            MVMap<KeyValue, Object> stock = mvStore.openMap(stockName);
            stock.forEach(map::put);
            mvStore.removeMap(stock);
        }
        return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        String name = stockMapName(collection.getCollectionName(), indexName) + SUFFIX;
        MVStore mvStore = store();
        if (mvStore.hasMap(name)) {
            mvStore.removeMap(name);
        }
    }

    private String stockMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }
}
