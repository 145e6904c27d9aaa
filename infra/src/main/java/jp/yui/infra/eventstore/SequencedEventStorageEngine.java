package jp.yui.infra.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.in;
import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;
import static org.axonframework.eventhandling.EventUtils.asDomainEventMessage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.ReadConcern;
import com.mongodb.TransactionOptions;
import com.mongodb.WriteConcern;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * Axon's event storage on MongoDB with a global sequence number per event, read only by key lookups.
 *
 * <p>Each event is one document in {@value #EVENTS}:
 * <ul>
 *     <li>{@code _id} is the event's global index, from a counter document in {@value #SEQUENCE}, reserved with one
 *     atomic {@code $inc} per append before the events are written. Documents are thus kept in the order tracking
 *     processors read them, and an append only ever adds at the end of the collection's key order. Tracking polls
 *     look up the next batch of indexes and the token's gaps with {@code _id $in}; a Mongo range query, which the
 *     embedded server answers by scanning the collection, is never used.</li>
 *     <li>{@code streamKey} (unique) is {@code aggregateIdentifier/sequenceNumber}, so two writers appending the
 *     same sequence number of one aggregate collide on it: optimistic concurrency, surfaced as Axon's
 *     {@code ConcurrencyException}. Loading an aggregate is a {@code streamKey $in} lookup of the next batch of
 *     keys.</li>
 *     <li>{@code eventIdentifier} is unique too, as in Axon's other engines.</li>
 * </ul>
 *
 * <p>Tokens are {@link GapAwareTrackingToken}s, as with Axon's JDBC engine: an index reserved but not yet visible
 * (a slow commit, another node) becomes a gap in the token and its event is delivered when it appears. An index
 * whose append failed stays a gap until the gap times out; the timeout is measured from {@code storedAt}, the
 * moment the writer reserved its indexes, not from the event's own timestamp (which may be old, e.g. imported
 * history). On a replica set an append runs in a transaction, which MongoDB aborts after 60 seconds by default,
 * so a reserved index is either visible or dead well within the default gap timeout of five minutes.
 *
 * <p>Without transactions a multi-event append is one ordered {@code insertMany}. The embedded server stores such
 * an insert whole or not at all, unseen by readers until it is whole, and commits it to its file as one unit. A
 * standalone MongoDB keeps the events before the one that collided; they are deleted again before the conflict
 * is reported (a reader may glimpse them meanwhile, so run several nodes only on a replica set).
 */
public class SequencedEventStorageEngine extends BatchingEventStorageEngine {

    public static final String EVENTS = "events";
    public static final String SNAPSHOTS = "snapshots";
    public static final String SEQUENCE = "event_sequence";

    static final String GLOBAL_INDEX = "_id";
    static final String STREAM_KEY = "streamKey";
    static final String AGGREGATE = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String TYPE = "type";
    static final String EVENT_ID = "eventIdentifier";
    static final String TIMESTAMP = "timestamp";
    static final String STORED_AT = "storedAt";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";

    private static final String COUNTER_ID = "global";
    /** The index that marks a store of the earlier layout, with {@code _id} as stream key. */
    private static final String LEGACY_INDEX = "unique_global_index";
    private static final String NEXT = "next";
    /** The widest window of indexes looked up at once when skipping over indexes whose appends failed. */
    private static final int MAX_WINDOW = 10_000;
    /**
     * The window of global indexes one fetch of a processor's events looks up (the builder's batch size, meant for
     * loading an aggregate, is smaller): as large as the largest processor batch.
     */
    static final int TRACKED_WINDOW = 1_000;

    private final MongoClient client;
    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> sequence;
    private final boolean transactions;
    private final int maxGapOffset;
    private final Duration gapTimeout;
    private final int gapCleaningThreshold;
    private final Clock clock;

    protected SequencedEventStorageEngine(Builder builder) {
        super(builder);
        this.client = builder.client;
        MongoDatabase database = builder.client.getDatabase(builder.databaseName);
        this.events = database.getCollection(EVENTS);
        this.snapshots = database.getCollection(SNAPSHOTS);
        this.sequence = database.getCollection(SEQUENCE);
        this.transactions = builder.transactions;
        this.maxGapOffset = builder.maxGapOffset;
        this.gapTimeout = builder.gapTimeout;
        this.gapCleaningThreshold = builder.gapCleaningThreshold;
        this.clock = builder.clock;
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    private void ensureIndexes() {
        for (Document index : events.listIndexes()) {
            if (LEGACY_INDEX.equals(index.getString("name"))) {
                throw new IllegalStateException("The event store in database '" + events.getNamespace().getDatabaseName()
                        + "' was written by an earlier development build (events keyed by stream, not by global index)"
                        + " and cannot be read by this one. Move its data away and start again.");
            }
        }
        events.createIndex(Indexes.ascending(STREAM_KEY), new IndexOptions().unique(true).name("unique_stream_key"));
        events.createIndex(Indexes.ascending(EVENT_ID), new IndexOptions().unique(true).name("unique_event_id"));
    }

    static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "/" + sequenceNumber;
    }

    // ---------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            documents.add(toDocument(asDomainEventMessage(message), serializer));
        }
        try {
            long first = reserve(documents.size());
            Date storedAt = Date.from(clock.instant());
            for (int i = 0; i < documents.size(); i++) {
                documents.get(i).append(GLOBAL_INDEX, first + i).append(STORED_AT, storedAt);
            }
            if (transactions) {
                insertInTransaction(documents);
            } else {
                insertOrUndo(documents);
            }
        } catch (MongoException e) {
            handlePersistenceException(e, messages.get(failedAt(e)));
        }
    }

    private static Document toDocument(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        return new Document(STREAM_KEY, streamKey(event.getAggregateIdentifier(), event.getSequenceNumber()))
                .append(AGGREGATE, event.getAggregateIdentifier())
                .append(SEQUENCE_NUMBER, event.getSequenceNumber())
                .append(TYPE, event.getType())
                .append(EVENT_ID, event.getIdentifier())
                .append(TIMESTAMP, event.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    /** Reserves {@code count} consecutive global indexes and returns the first. */
    private long reserve(int count) {
        Document counter = sequence.findOneAndUpdate(eq("_id", COUNTER_ID), Updates.inc(NEXT, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.getLong(NEXT) - count;
    }

    /** The first global index not reserved yet. */
    private long nextUnreserved() {
        Document counter = sequence.find(eq("_id", COUNTER_ID)).first();
        return counter == null ? 0 : counter.getLong(NEXT);
    }

    private void insertInTransaction(List<Document> documents) {
        try (ClientSession session = client.startSession()) {
            session.withTransaction(() -> events.insertMany(session, documents), TransactionOptions.builder()
                    .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                    .readConcern(ReadConcern.MAJORITY)
                    .build());
        }
    }

    /**
     * Ordered insert without a transaction. The embedded server stores such an insert whole or not at all; a
     * standalone MongoDB keeps the events before the one that collided, so those are taken out again, matched by
     * the global indexes this append reserved, which no other writer can hold.
     */
    private void insertOrUndo(List<Document> documents) {
        try {
            events.insertMany(documents);
        } catch (MongoBulkWriteException e) {
            int inserted = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex();
            if (inserted > 0) {
                events.deleteMany(in(GLOBAL_INDEX, documents.subList(0, inserted).stream()
                        .map(d -> d.getLong(GLOBAL_INDEX)).toList()));
            }
            throw e;
        }
    }

    private static int failedAt(MongoException e) {
        if (e instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()) {
            return bulk.getWriteErrors().get(0).getIndex();
        }
        return 0;
    }

    // ---------------------------------------------------------------- aggregate streams and snapshots

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                .mapToObj(n -> streamKey(aggregateIdentifier, n))
                .toList();
        List<DomainEventData<?>> found = new ArrayList<>(batchSize);
        for (Document document : events.find(in(STREAM_KEY, keys))) {
            found.add(toEventData(document));
        }
        found.sort(Comparator.comparingLong(DomainEventData::getSequenceNumber));
        return found;
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Optional<Long> fromSnapshot = readSnapshotData(aggregateIdentifier).findFirst()
                .map(DomainEventData::getSequenceNumber);
        long next = fromSnapshot.map(n -> n + 1).orElse(0L);
        Optional<Long> last = fromSnapshot;
        while (true) {
            List<? extends DomainEventData<?>> batch = fetchDomainEvents(aggregateIdentifier, next, batchSize());
            if (batch.isEmpty()) {
                return last;
            }
            last = Optional.of(batch.get(batch.size() - 1).getSequenceNumber());
            next = last.get() + 1;
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = toDocument(snapshot, serializer);
        document.put("_id", snapshot.getAggregateIdentifier());
        try {
            Document current = snapshots.find(eq("_id", snapshot.getAggregateIdentifier())).first();
            if (current == null) {
                snapshots.insertOne(document);
            } else if (current.getLong(SEQUENCE_NUMBER) < snapshot.getSequenceNumber()) {
                snapshots.replaceOne(eq("_id", snapshot.getAggregateIdentifier()), document);
            }
        } catch (MongoException e) {
            if (!MongoDuplicateKeys.isDuplicateKeyViolation(e)) {
                throw new EventStoreException("Could not store the snapshot of an aggregate", e);
            }
            // Another node stored a snapshot of this aggregate at the same moment: one of them is enough.
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Optional.ofNullable(snapshots.find(eq("_id", aggregateIdentifier)).first())
                .map(SequencedEventStorageEngine::toEventData)
                .stream();
    }

    private static DomainEventData<String> toEventData(Document d) {
        String aggregateIdentifier = d.getString(AGGREGATE);
        String eventIdentifier = d.getString(EVENT_ID);
        return new GenericDomainEventEntry<>(d.getString(TYPE),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                d.getLong(SEQUENCE_NUMBER), eventIdentifier, d.getString(TIMESTAMP),
                d.getString(PAYLOAD_TYPE), d.getString(PAYLOAD_REVISION), d.getString(PAYLOAD),
                d.getString(META_DATA));
    }

    // ---------------------------------------------------------------- tracking

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int aggregateBatch) {
        // A processor far behind reads wide windows; one that has caught up finds only the few new events anyway.
        int batchSize = Math.max(aggregateBatch, TRACKED_WINDOW);
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Token of the wrong type: expected a GapAwareTrackingToken, got "
                    + lastToken.getClass().getSimpleName());
        }
        GapAwareTrackingToken token = (GapAwareTrackingToken) lastToken;
        if (token != null && token.getGaps().size() > gapCleaningThreshold) {
            token = cleanGaps(token);
        }
        long last = token == null ? -1 : token.getIndex();
        SortedSet<Long> gaps = token == null ? new TreeSet<>() : token.getGaps();
        long unreserved = nextUnreserved();
        if (gaps.isEmpty() && unreserved <= last + 1) {
            return List.of();
        }
        long windowEnd = Math.min(last + batchSize, unreserved - 1);
        // The gaps by key, the window after the token as one index range read (cheaper than a key list).
        List<Document> found = byGlobalIndex(gaps);
        if (windowEnd > last) {
            events.find(and(gte(GLOBAL_INDEX, last + 1), lte(GLOBAL_INDEX, windowEnd))).into(found);
        }
        if (found.isEmpty()) {
            // Indexes whose appends failed leave holes; skip them, up to the last reserved index.
            found = firstNonEmptyWindow(windowEnd + 1, unreserved, 2 * batchSize);
        }
        found.sort(Comparator.comparingLong(d -> d.getLong(GLOBAL_INDEX)));

        Instant gapTimeoutFrame = clock.instant().minus(gapTimeout);
        List<TrackedEventData<?>> result = new ArrayList<>(found.size());
        GapAwareTrackingToken previous = token;
        for (Document document : found) {
            long index = document.getLong(GLOBAL_INDEX);
            boolean allowGaps = document.getDate(STORED_AT).toInstant().isAfter(gapTimeoutFrame);
            GapAwareTrackingToken next;
            if (previous == null) {
                next = GapAwareTrackingToken.newInstance(index, allowGaps
                        ? LongStream.range(Math.max(0, index - maxGapOffset), index).boxed().toList()
                        : List.of());
            } else {
                next = previous.advanceTo(index, allowGaps ? maxGapOffset : 0);
            }
            result.add(new TrackedDomainEventData<>(next, toEventData(document)));
            previous = next;
        }
        return result;
    }

    /**
     * Drops gaps that will not be filled any more: those followed by an event stored longer ago than the gap
     * timeout. Stops at the first gap that has been filled, which must be delivered first.
     */
    private GapAwareTrackingToken cleanGaps(GapAwareTrackingToken token) {
        SortedSet<Long> gaps = token.getGaps();
        SortedSet<Long> probes = new TreeSet<>(gaps);
        gaps.forEach(g -> probes.add(g + 1));
        Map<Long, Instant> storedAt = new HashMap<>();
        for (Document d : events.find(in(GLOBAL_INDEX, probes)).projection(new Document(GLOBAL_INDEX, 1).append(STORED_AT, 1))) {
            storedAt.put(d.getLong(GLOBAL_INDEX), d.getDate(STORED_AT).toInstant());
        }
        Instant gapTimeoutFrame = clock.instant().minus(gapTimeout);
        GapAwareTrackingToken cleaned = token;
        for (long index : probes) {
            Instant stored = storedAt.get(index);
            if (stored == null) {
                continue;
            }
            if (gaps.contains(index) || stored.isAfter(gapTimeoutFrame)) {
                break;
            }
            if (gaps.contains(index - 1)) {
                cleaned = cleaned.withGapsTruncatedAt(index);
            }
        }
        return cleaned;
    }

    private List<Document> byGlobalIndex(Collection<Long> indexes) {
        if (indexes.isEmpty()) {
            return new ArrayList<>();
        }
        return events.find(in(GLOBAL_INDEX, indexes)).into(new ArrayList<>(indexes.size()));
    }

    /**
     * When the first event stored after global index {@code position} was stored ({@code -1}: from the start), if
     * any: how far behind a processor at that position is. Key lookups only.
     */
    public Optional<Instant> storedAfter(long position) {
        return firstAtOrAfter(position + 1, nextUnreserved())
                .map(d -> Instant.parse(d.getString(TIMESTAMP)));
    }

    /** Tracks from the very first event; {@code null} is Axon's token for "before everything". */
    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /**
     * A token at the last stored event. Indexes below it that are reserved but not yet visible become gaps, so
     * events committing right now are still delivered.
     */
    @Override
    public TrackingToken createHeadToken() {
        long unreserved = nextUnreserved();
        int window = batchSize();
        long to = unreserved - 1;
        while (to >= 0) {
            long from = Math.max(0, to - window + 1);
            List<Document> found = byGlobalIndex(LongStream.rangeClosed(from, to).boxed().toList());
            if (!found.isEmpty()) {
                SortedSet<Long> present = new TreeSet<>();
                found.forEach(d -> present.add(d.getLong(GLOBAL_INDEX)));
                long head = present.last();
                List<Long> gaps = LongStream.range(from, head).filter(i -> !present.contains(i)).boxed().toList();
                return GapAwareTrackingToken.newInstance(head, gaps);
            }
            to = from - 1;
            window = Math.min(window * 2, MAX_WINDOW);
        }
        return null;
    }

    /**
     * A token just before the first event stored at or after {@code dateTime}, by binary search over the global
     * index (every probe a key lookup). Event times follow the index closely but not exactly (clocks, late
     * commits), so the result is the boundary such a search finds.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long lo = 0;
        long hi = nextUnreserved();
        Long candidate = null;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            Optional<Document> probe = firstAtOrAfter(mid, hi);
            if (probe.isEmpty()) {
                hi = mid;
                continue;
            }
            long index = probe.get().getLong(GLOBAL_INDEX);
            if (!Instant.parse(probe.get().getString(TIMESTAMP)).isBefore(dateTime)) {
                candidate = index;
                hi = mid;
            } else {
                lo = index + 1;
            }
        }
        if (candidate == null) {
            return createHeadToken();
        }
        return candidate == 0 ? createTailToken() : GapAwareTrackingToken.newInstance(candidate - 1, List.of());
    }

    /** The stored event with the lowest global index in {@code [from, until)}, if any. */
    private Optional<Document> firstAtOrAfter(long from, long until) {
        return firstNonEmptyWindow(from, until, batchSize()).stream()
                .min(Comparator.comparingLong(d -> d.getLong(GLOBAL_INDEX)));
    }

    /**
     * The events in the first window of {@code [from, until)} that holds any; windows start at {@code window}
     * indexes and double up to {@value #MAX_WINDOW}, so a long run of dead indexes costs few lookups.
     */
    private List<Document> firstNonEmptyWindow(long from, long until, int window) {
        long start = from;
        int size = Math.min(window, MAX_WINDOW);
        while (start < until) {
            long end = Math.min(until, start + size);
            List<Document> found = byGlobalIndex(LongStream.range(start, end).boxed().toList());
            if (!found.isEmpty()) {
                return found;
            }
            start = end;
            size = Math.min(size * 2, MAX_WINDOW);
        }
        return new ArrayList<>();
    }

    /**
     * Builds the engine. Defaults: batch size 100, gap timeout five minutes, gaps kept for 10,000 indexes, gaps
     * cleaned once a token holds more than 250, MongoDB duplicate-key errors reported as concurrency conflicts,
     * no transactions (set {@link #transactions(boolean)} on a replica set).
     */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoClient client;
        private String databaseName = "yui";
        private boolean transactions;
        private int maxGapOffset = 10_000;
        private Duration gapTimeout = Duration.ofMinutes(5);
        private int gapCleaningThreshold = 250;
        private Clock clock = Clock.systemUTC();

        protected Builder() {
            persistenceExceptionResolver(MongoDuplicateKeys::isDuplicateKeyViolation);
        }

        public Builder client(MongoClient client) {
            assertNonNull(client, "The MongoClient may not be null");
            this.client = client;
            return this;
        }

        public Builder databaseName(String databaseName) {
            assertNonNull(databaseName, "The database name may not be null");
            this.databaseName = databaseName;
            return this;
        }

        /** Append multi-event batches in a MongoDB transaction (replica sets and sharded clusters only). */
        public Builder transactions(boolean transactions) {
            this.transactions = transactions;
            return this;
        }

        public Builder maxGapOffset(int maxGapOffset) {
            assertThat(maxGapOffset, n -> n >= 0, "The maxGapOffset may not be negative");
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        public Builder gapTimeout(Duration gapTimeout) {
            assertNonNull(gapTimeout, "The gap timeout may not be null");
            this.gapTimeout = gapTimeout;
            return this;
        }

        public Builder gapCleaningThreshold(int gapCleaningThreshold) {
            assertThat(gapCleaningThreshold, n -> n > 0, "The gapCleaningThreshold must be positive");
            this.gapCleaningThreshold = gapCleaningThreshold;
            return this;
        }

        public Builder clock(Clock clock) {
            assertNonNull(clock, "The clock may not be null");
            this.clock = clock;
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        @Deprecated
        public Builder snapshotFilter(Predicate<? super DomainEventData<?>> snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder finalAggregateBatchPredicate(
                Predicate<List<? extends DomainEventData<?>>> finalAggregateBatchPredicate) {
            super.finalAggregateBatchPredicate(finalAggregateBatchPredicate);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            assertNonNull(client, "The MongoClient is a hard requirement and should be provided");
        }

        public SequencedEventStorageEngine build() {
            validate();
            return new SequencedEventStorageEngine(this);
        }
    }
}
