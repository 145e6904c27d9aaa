package jp.yui.infra.mongo;

import java.util.List;
import java.util.Map.Entry;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;

/** A unique index kept in an MVMap ordered by {@link KeyValueType}; otherwise as mongo-java-server's H2 index. */
final class ValueOrderedUniqueIndex extends AbstractUniqueIndex<Object> implements OrderedIndex {

    private final MVMap<KeyValue, Object> map;

    ValueOrderedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return map.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return map.get(keyValue);
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
    public boolean unique() {
        return true;
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
    public Object lookup(KeyValue key) {
        return map.get(key);
    }

    @Override
    public Object position(KeyValue key, Object value) {
        return value;
    }
}
