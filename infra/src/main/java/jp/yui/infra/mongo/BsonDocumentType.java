package jp.yui.infra.mongo;

import java.nio.ByteBuffer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Stores documents in the embedded file as BSON. H2's generic type uses Java serialization, which writes class
 * descriptors with every document and made reading a page of documents the main cost of a lookup that missed the
 * page cache.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    @Override
    public int getMemory(Document document) {
        int estimate = 64;
        for (Object value : document.values()) {
            estimate += value instanceof String s ? 48 + 2 * s.length() : 32;
        }
        return estimate;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(512);
        BsonEncoder.encodeDocument(document, bson);
        int length = bson.readableBytes();
        buffer.putVarInt(length);
        buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        byte[] bson = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bson);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
