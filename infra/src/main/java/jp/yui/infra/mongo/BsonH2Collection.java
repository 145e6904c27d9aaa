package jp.yui.infra.mongo;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A collection kept in the embedded file as BSON bytes, decoded only when a document is asked for.
 *
 * <p>mongo-java-server's own H2 collection keeps decoded documents in the B-tree, so reading one page from the
 * file decodes every document on it (12) to return one, and the page cache holds heavy maps instead of bytes.
 * With events spread over a large file that decoding was the main cost of a tracking poll (profiled at 1M
 * events). The bytes are the same as those written before (length, then the BSON document), so files need no
 * conversion. Otherwise this is the stock {@code H2Collection}.
 */
final class BsonH2Collection extends AbstractSynchronizedMongoCollection<Object> {

    private static final String DATA_SIZE_KEY = "dataSize";

    private final MVMap<Object, byte[]> dataMap;
    private final MVMap<String, Object> metaMap;
    private final QueryStats stats;

    BsonH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                     MVMap<Object, byte[]> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry,
                     QueryStats stats) {
        super(database, collectionName, options, cursorRegistry);
        this.dataMap = dataMap;
        this.metaMap = metaMap;
        this.stats = stats;
        metaMap.putIfAbsent(DATA_SIZE_KEY, 0L);
    }

    static byte[] encode(Document document) {
        ByteBuf bson = Unpooled.buffer(512);
        BsonEncoder.encodeDocument(document, bson);
        byte[] bytes = new byte[bson.readableBytes()];
        bson.readBytes(bytes);
        return bytes;
    }

    static Document decode(byte[] bson) {
        return bson == null ? null : BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        synchronized (metaMap) {
            Number value = (Number) metaMap.get(DATA_SIZE_KEY);
            metaMap.put(DATA_SIZE_KEY, value.longValue() + sizeDelta);
        }
    }

    @Override
    protected int getDataSize() {
        return ((Number) metaMap.get(DATA_SIZE_KEY)).intValue();
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object key = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
        byte[] previous = dataMap.putIfAbsent(Missing.ofNullable(key), encode(document));
        if (previous != null) {
            // Unique indexes are checked first, so this means a broken file, not a duplicate request.
            throw new IllegalStateException("A document with this key already exists in " + this);
        }
        return key;
    }

    @Override
    public int count() {
        return dataMap.size();
    }

    @Override
    public boolean isEmpty() {
        return dataMap.isEmpty();
    }

    @Override
    protected Document getDocument(Object position) {
        return decode(dataMap.get(position));
    }

    @Override
    protected void removeDocument(Object position) {
        if (dataMap.remove(position) == null) {
            throw new NoSuchElementException("No document at the given position in " + this);
        }
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return dataMap.entrySet().stream()
                .map(entry -> new DocumentWithPosition<>(decode(entry.getValue()), entry.getKey()));
    }

    /**
     * Runs a query on the index {@link QueryPlanner} picks, or on the whole collection when none covers it, counting
     * what it examined. With the order given by the index and a limit, the scan stops at the limit.
     */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        boolean natural = orderBy != null && orderBy.containsKey("$natural");
        QueryPlanner.Plan plan = natural ? null : QueryPlanner.plan(getIndexes(), query, orderBy);
        boolean sortedByPlan = plan != null && plan.sorted();
        boolean sortedInMemory = orderBy != null && !orderBy.isEmpty() && !natural && !sortedByPlan;
        QueryStats.Execution execution = stats.begin(getFullName(), query, plan, sortedInMemory);
        try {
            Stream<Document> documents;
            if (plan == null) {
                documents = scan(isNaturalDescending(orderBy), execution);
            } else {
                Iterator<Object> positions = plan.positions(execution::keyExamined);
                documents = StreamSupport.stream(Spliterators.spliteratorUnknownSize(positions, Spliterator.ORDERED), false)
                        .map(position -> {
                            execution.documentExamined();
                            return getDocument(position);
                        })
                        .filter(Objects::nonNull);
            }
            return matchDocumentsFromStream(documents, query, sortedByPlan ? null : orderBy, numberToSkip, limit,
                    batchSize, fieldSelector);
        } finally {
            stats.end(execution);
        }
    }

    private Stream<Document> scan(boolean naturalDescending, QueryStats.Execution execution) {
        Stream<Document> documents = naturalDescending
                ? streamAllDocumentsWithPosition()
                        .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                        .map(DocumentWithPosition::getDocument)
                : dataMap.values().stream().map(BsonH2Collection::decode);
        return documents.peek(d -> execution.documentExamined());
    }

    @Override
    protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
        QueryStats.returned(matchedDocuments.size());
        return super.createQueryResult(matchedDocuments, batchSize);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        throw new UnsupportedOperationException("queries run through queryDocuments");
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        dataMap.put(Missing.ofNullable(position), encode(newDocument));
    }
}
