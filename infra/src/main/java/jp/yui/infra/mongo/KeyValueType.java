package jp.yui.infra.mongo;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * How unique-index keys are ordered in the embedded store. H2's generic type orders a key class that is not
 * {@link Comparable} by Java-serializing both keys on every comparison, which made each index lookup cost about a
 * hundred microseconds and most of a tracking poll's time. Here keys are compared by value, in MongoDB's order,
 * and still written with H2's generic type.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    private final ObjectDataType stored = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int c = VALUES.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        return stored.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        stored.write(buffer, key);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        return (KeyValue) stored.read(buffer);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
