package jp.yui.infra.mongo;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Constants;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;

/**
 * mongo-java-server's H2 database with changes to how things are kept in the file: documents as BSON bytes
 * ({@link BsonH2Collection}), index keys as BSON, ordered by value ({@link KeyValueType}), and non-unique indexes kept
 * too ({@link SecondaryIndex}) so that {@link QueryPlanner} can use them. Files written by the stock backend are not
 * readable this way; {@link StoreFormat} refuses them.
 */
final class ValueOrderedH2Database extends H2Database {

    private static final String SUFFIX = ".by-value";
    /** As in mongo-java-server's H2Database: a collection's documents and its metadata. */
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    /** What a database under construction uses: H2Database's constructor already opens collections and indexes. */
    private record Opening(MVStore store, CursorRegistry cursors, QueryStats stats) {
    }

    private static final Logger log = LoggerFactory.getLogger(ValueOrderedH2Database.class);

    private static final ThreadLocal<Opening> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private final CursorRegistry cursors;

    private final QueryStats stats;

    private ValueOrderedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry, QueryStats stats) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
        this.cursors = cursorRegistry;
        this.stats = stats;
    }

    static ValueOrderedH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry,
                                       QueryStats stats) {
        OPENING.set(new Opening(store, cursorRegistry, stats));
        try {
            return new ValueOrderedH2Database(databaseName, store, cursorRegistry, stats);
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

    private QueryStats stats() {
        return stats != null ? stats : OPENING.get().stats();
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVStore mvStore = store();
        MVMap<KeyValue, Object> map = mvStore.openMap(indexMapName(collectionName, indexName),
                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
        return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
    }

    /**
     * A non-unique index, which mongo-java-server would ignore. A new one is filled from the collection's documents by
     * the caller ({@code addIndex}), also when a data file of an earlier format is opened; that is logged, as it reads
     * the whole collection.
     */
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        MVStore mvStore = store();
        String name = indexMapName(collectionName, indexName);
        if (!mvStore.hasMap(name)) {
            String data = DATA_PREFIX + getFullCollectionNamespace(collectionName);
            long documents = mvStore.hasMap(data) ? mvStore.openMap(data).sizeAsLong() : 0;
            if (documents > 0) {
                log.info("Building index {} of {} from its {} documents", indexName,
                        getFullCollectionNamespace(collectionName), documents);
            }
        }
        MVMap<KeyValue, Object> map = mvStore.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
        return new SecondaryIndex(map, indexName, keys, sparse, Constants.ID_FIELD);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, byte[]> data = store().openMap(DATA_PREFIX + fullName,
                new MVMap.Builder<Object, byte[]>().valueType(ByteArrayDataType.INSTANCE));
        MVMap<String, Object> meta = store().openMap(META_PREFIX + fullName);
        return new BsonH2Collection(this, collectionName, options, data, meta, cursors(), stats());
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

    /**
     * {@code renameCollection} within this database, e.g. a rebuilt view replacing the live one. mongo-java-server's
     * {@code H2Database} renames the maps only after the collection already carries its new name, so it renames
     * nothing (and leaves empty maps under the new name): in this session the collection works from the maps it
     * holds, but after a restart it would open the empty ones and its documents would be lost. Here the documents,
     * the metadata and every index map move to the new name, in the same commit as the rename itself.
     */
    @Override
    public void moveCollection(de.bwaldvogel.mongo.MongoDatabase oldDatabase, MongoCollection<?> collection,
                               String newCollectionName) {
        if (oldDatabase != this) {
            throw new UnsupportedOperationException("Collections are renamed within their database only");
        }
        String oldName = collection.getCollectionName();
        String oldFullName = getFullCollectionNamespace(oldName);
        List<String> indexNames = collection.getIndexes().stream().map(index -> index.getName()).toList();
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String newFullName = getFullCollectionNamespace(newCollectionName);
        MVStore mvStore = store();
        renameMap(mvStore, DATA_PREFIX + oldFullName, DATA_PREFIX + newFullName);
        renameMap(mvStore, META_PREFIX + oldFullName, META_PREFIX + newFullName);
        for (String index : indexNames) {
            renameMap(mvStore, indexMapName(oldName, index), indexMapName(newCollectionName, index));
        }
    }

    /** Opening an open map returns the instance in use, so the collection and its indexes keep working on them. */
    private static void renameMap(MVStore mvStore, String from, String to) {
        if (!mvStore.hasMap(from)) {
            return;
        }
        if (mvStore.hasMap(to)) {
            mvStore.removeMap(to);
        }
        mvStore.renameMap(mvStore.openMap(from), to);
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName + SUFFIX;
    }
}
