package jp.yui.infra.mongo;

import java.util.List;

import org.h2.mvstore.Cursor;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * An index kept in an MVMap ordered by {@link KeyValueType}, which the {@link QueryPlanner} can walk: from a key, in
 * either direction, reading each entry's document position.
 */
interface OrderedIndex {

    String getName();

    List<IndexKey> getKeys();

    boolean unique();

    /** A sparse index holds no entry for a document without any of its keys. */
    boolean sparse();

    /** Entries from {@code from} (inclusive) upwards, or downwards when {@code reverse}. */
    Cursor<KeyValue, Object> cursor(KeyValue from, boolean reverse);

    /** The position stored under exactly {@code key}, for a unique index; {@code null} when there is none. */
    default Object lookup(KeyValue key) {
        throw new UnsupportedOperationException(getName() + " is not unique");
    }

    /** The position of the document an entry points to. */
    Object position(KeyValue key, Object value);

    /** The index's own values of an entry's key (without a position the key may carry). */
    default Object keyPart(KeyValue key, int i) {
        return key.get(i);
    }
}
