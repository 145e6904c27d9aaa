package jp.yui.infra.mongo;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Database;

/**
 * mongo-java-server's H2 database with two changes to how things are kept in the file: documents as BSON bytes
 * ({@link BsonH2Collection}) and unique-index keys as BSON, ordered by value ({@link KeyValueType}). Files written by the
 * stock backend are not readable this way; {@link StoreFormat} refuses them.
 */
final class ValueOrderedH2Database extends H2Database {

    private static final String SUFFIX = ".by-value";
    /** As in mongo-java-server's H2Database: a collection's documents and its metadata. */
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    /** What a database under construction uses: H2Database's constructor already opens collections and indexes. */
    private record Opening(MVStore store, CursorRegistry cursors) {
    }

    private static final ThreadLocal<Opening> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private final CursorRegistry cursors;

    private ValueOrderedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
        this.cursors = cursorRegistry;
    }

    static ValueOrderedH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        OPENING.set(new Opening(store, cursorRegistry));
        try {
            return new ValueOrderedH2Database(databaseName, store, cursorRegistry);
        } finally {
            OPENING.remove();
        }
    }

    private MVStore store() {
        return store != null ? store : OPENING.get().store();
    }

    private CursorRegistry cursors() {
        return cursors != null ? cursors : OPENING.get().cursors();
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVStore mvStore = store();
        MVMap<KeyValue, Object> map = mvStore.openMap(indexMapName(collectionName, indexName),
                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
        return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, byte[]> data = store().openMap(DATA_PREFIX + fullName,
                new MVMap.Builder<Object, byte[]>().valueType(ByteArrayDataType.INSTANCE));
        MVMap<String, Object> meta = store().openMap(META_PREFIX + fullName);
        return new BsonH2Collection(this, collectionName, options, data, meta, cursors());
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        String name = indexMapName(collection.getCollectionName(), indexName);
        MVStore mvStore = store();
        if (mvStore.hasMap(name)) {
            mvStore.removeMap(name);
        }
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName + SUFFIX;
    }
}
