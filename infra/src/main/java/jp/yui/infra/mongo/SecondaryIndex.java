package jp.yui.infra.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index (mongo-java-server ignores them): one MVMap entry per document and key value, keyed by the
 * index's values followed by the document's position, so equal values sit together in position order and a
 * document with an array value has an entry per element (multi-key). The entries change with their documents, under
 * the same command and so in the same commit.
 */
final class SecondaryIndex extends Index<Object> implements OrderedIndex {

    /** Entries carry everything in their keys; the value is a one-byte placeholder. */
    static final Object PRESENT = Boolean.TRUE;

    private final MVMap<KeyValue, Object> map;
    private final String idField;

    SecondaryIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse, String idField) {
        super(name, keys, sparse);
        this.map = map;
        this.idField = idField;
    }

    private boolean skips(Document document) {
        return isSparse() && keys().stream().allMatch(key -> Utils.getSubdocumentValue(document, key) instanceof Missing);
    }

    private static KeyValue entry(KeyValue values, Object position) {
        List<Object> key = new ArrayList<>(values.size() + 1);
        values.forEach(key::add);
        key.add(position);
        return new KeyValue(key);
    }

    private Set<KeyValue> entries(Document document) {
        return getKeyValues(document);
    }

    @Override
    public Object getPosition(Document document) {
        // Not a lookup by key: positions come from the unique indexes.
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        getKeyValues(document); // refuses parallel arrays before anything is stored
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (skips(document)) {
            return;
        }
        for (KeyValue values : entries(document)) {
            map.put(entry(values, position), PRESENT);
        }
    }

    @Override
    public Object remove(Document document) {
        if (skips(document)) {
            return null;
        }
        Object position = Utils.getSubdocumentValue(document, idField);
        for (KeyValue values : entries(document)) {
            map.remove(entry(values, position));
        }
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // queries are planned by QueryPlanner
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("queries are planned by QueryPlanner");
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        getKeyValues(newDocument);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        if (nullAwareEqualsKeys(oldDocument, newDocument)) {
            return;
        }
        if (!skips(oldDocument)) {
            for (KeyValue values : entries(oldDocument)) {
                map.remove(entry(values, position));
            }
        }
        add(newDocument, position, collection);
    }

    @Override
    public void drop() {
        // the map is removed by ValueOrderedH2Database
    }

    @Override
    public boolean unique() {
        return false;
    }

    @Override
    public boolean sparse() {
        return isSparse();
    }

    @Override
    public Cursor<KeyValue, Object> cursor(KeyValue from, boolean reverse) {
        return map.cursor(from, null, reverse);
    }

    @Override
    public Object position(KeyValue key, Object value) {
        return key.get(key.size() - 1);
    }
}
