package jp.yui.infra.mongo;

import java.nio.ByteBuffer;
import java.util.List;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How unique-index keys are ordered and stored in the embedded file. H2's generic type orders a key class that is
 * not {@link Comparable} by Java-serializing both keys on every comparison, which made each index lookup cost about
 * a hundred microseconds and most of a tracking poll's time. Here keys are compared by value, in MongoDB's order,
 * and written as BSON; a key BSON cannot hold falls back to H2's generic encoding, marked by its first byte.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();
    private static final byte GENERIC = 0;
    private static final byte BSON = 1;
    private static final String FIELD = "k";

    private final ObjectDataType generic = new ObjectDataType();

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
        int estimate = 48;
        for (Object value : key) {
            estimate += value instanceof String s ? 48 + 2 * s.length() : 32;
        }
        return estimate;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        ByteBuf bson = Unpooled.buffer(64);
        try {
            BsonEncoder.encodeDocument(new Document(FIELD, key.stream().toList()), bson);
        } catch (RuntimeException notBson) {
            buffer.put(GENERIC);
            generic.write(buffer, key);
            return;
        }
        int length = bson.readableBytes();
        buffer.put(BSON);
        buffer.putVarInt(length);
        buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        if (buffer.get() == GENERIC) {
            return (KeyValue) generic.read(buffer);
        }
        byte[] bson = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bson);
        return new KeyValue((List<?>) BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson)).get(FIELD));
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
