package jp.yui.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import jp.yui.infra.serialization.YuiSerializers;

/** What this engine promises beyond Axon's suite: gaps, holes, late commits, undone failed appends. */
class SequencedEventStorageEngineTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    private MongoDatabase database;
    private MutableClock clock;
    private SequencedEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        database = store.client().getDatabase(store.freshDatabase());
        clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        engine = engine(database.getName(), 100);
    }

    private SequencedEventStorageEngine engine(String databaseName, int batchSize) {
        return SequencedEventStorageEngine.builder()
                .client(store.client())
                .databaseName(databaseName)
                .batchSize(batchSize)
                .gapCleaningThreshold(2)
                .clock(clock)
                .eventSerializer(YuiSerializers.jackson())
                .snapshotSerializer(YuiSerializers.jackson())
                .build();
    }

    private static DomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Run", aggregate, sequence, aggregate + "#" + sequence);
    }

    private MongoCollection<Document> events() {
        return database.getCollection(SequencedEventStorageEngine.EVENTS);
    }

    private List<String> payloadsFrom(TrackingToken token) {
        return engine.readEvents(token, false).map(m -> (String) m.getPayload()).toList();
    }

    private TrackingToken lastTokenFrom(TrackingToken token) {
        return engine.readEvents(token, false).reduce((a, b) -> b).map(TrackedEventMessage::trackingToken).orElse(token);
    }

    /** Another node reserves an index and has not committed yet. */
    private long reserveWithoutCommitting() {
        Document counter = database.getCollection(SequencedEventStorageEngine.SEQUENCE).findOneAndUpdate(
                Filters.eq("_id", "global"), Updates.inc("next", 1L));
        return counter.getLong("next");
    }

    /** That node commits: its event appears at the index it reserved earlier. */
    private void commitLate(long index, DomainEventMessage<String> event) {
        String scratch = store.freshDatabase();
        engine(scratch, 100).appendEvents(event);
        Document document = store.client().getDatabase(scratch).getCollection(SequencedEventStorageEngine.EVENTS)
                .find().first();
        document.put("_id", index);
        events().insertOne(document);
    }

    @Test
    void eventsGetConsecutiveGlobalIndexesAcrossAppends() {
        engine.appendEvents(event("Run:a", 0), event("Run:a", 1));
        engine.appendEvents(event("Run:b", 0));

        Map<String, Long> indexes = events().find().into(new java.util.ArrayList<>()).stream()
                .collect(Collectors.toMap(d -> d.getString("streamKey"), d -> d.getLong("_id")));
        assertThat(indexes).containsExactlyInAnyOrderEntriesOf(Map.of("Run:a/0", 0L, "Run:a/1", 1L, "Run:b/0", 2L));
    }

    @Test
    void aStoreOfTheEarlierLayoutIsRefusedUntouched() {
        MongoDatabase legacy = store.client().getDatabase(store.freshDatabase());
        legacy.getCollection(SequencedEventStorageEngine.EVENTS).insertOne(new Document("_id", "Run:a/0"));
        legacy.getCollection(SequencedEventStorageEngine.EVENTS).createIndex(new Document("globalIndex", 1),
                new com.mongodb.client.model.IndexOptions().unique(true).name("unique_global_index"));

        assertThatThrownBy(() -> engine(legacy.getName(), 100))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("earlier development build");
        assertThat(legacy.getCollection(SequencedEventStorageEngine.EVENTS).countDocuments()).isEqualTo(1);
    }

    @Test
    void aConflictingAppendStoresNoneOfItsEvents() {
        engine.appendEvents(event("Run:a", 0), event("Run:a", 1));

        assertThatThrownBy(() -> engine.appendEvents(event("Run:b", 0), event("Run:a", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("Run:c", 0), event("Run:c", 1), event("Run:a", 1)))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(events().countDocuments()).isEqualTo(2);
        assertThat(engine.readEvents("Run:b").asStream().count()).isZero();
        assertThat(engine.readEvents("Run:c").asStream().count()).isZero();
    }

    @Test
    void trackingSkipsOverTheHolesThatFailedAppendsLeave() {
        engine.appendEvents(event("Run:a", 0));
        for (int i = 0; i < 150; i++) {
            // Each failed append burns the indexes it reserved: 300 indexes with no event, more than a batch.
            int attempt = i;
            assertThatThrownBy(() -> engine.appendEvents(event("Run:x" + attempt, 0), event("Run:a", 0)))
                    .isInstanceOf(AggregateStreamCreationException.class);
        }
        engine.appendEvents(event("Run:b", 0));

        assertThat(payloadsFrom(null)).containsExactly("Run:a#0", "Run:b#0");
    }

    @Test
    void anEventCommittedLateIsStillDelivered() {
        engine.appendEvents(event("Run:a", 0));
        long reserved = reserveWithoutCommitting();
        engine.appendEvents(event("Run:b", 0));

        TrackingToken afterB = lastTokenFrom(null);
        assertThat(payloadsFrom(null)).containsExactly("Run:a#0", "Run:b#0");
        assertThat(((GapAwareTrackingToken) afterB).getGaps()).containsExactly(reserved);

        clock.advance(Duration.ofSeconds(50));
        commitLate(reserved, event("Run:late", 0));
        engine.appendEvents(event("Run:c", 0));

        assertThat(payloadsFrom(afterB)).containsExactly("Run:late#0", "Run:c#0");
        assertThat(((GapAwareTrackingToken) lastTokenFrom(afterB)).getGaps()).isEmpty();
    }

    @Test
    void gapsThatTimedOutAreDroppedFromTheToken() {
        engine.appendEvents(event("Run:a", 0));
        reserveWithoutCommitting();
        engine.appendEvents(event("Run:b", 0));
        reserveWithoutCommitting();
        engine.appendEvents(event("Run:c", 0));
        reserveWithoutCommitting();
        engine.appendEvents(event("Run:d", 0));
        GapAwareTrackingToken token = (GapAwareTrackingToken) lastTokenFrom(null);
        assertThat(token.getGaps()).hasSize(3);

        clock.advance(Duration.ofMinutes(6));
        engine.appendEvents(event("Run:e", 0));

        GapAwareTrackingToken after = (GapAwareTrackingToken) lastTokenFrom(token);
        assertThat(after.getGaps()).isEmpty();
        assertThat(payloadsFrom(token)).containsExactly("Run:e#0");
    }

    @Test
    void theHeadTokenLeavesUncommittedIndexesAsGaps() {
        engine.appendEvents(event("Run:a", 0));
        long reserved = reserveWithoutCommitting();
        engine.appendEvents(event("Run:b", 0));

        TrackingToken head = engine.createHeadToken();
        assertThat(payloadsFrom(head)).isEmpty();

        commitLate(reserved, event("Run:late", 0));
        assertThat(payloadsFrom(head)).containsExactly("Run:late#0");
    }

    @Test
    void aggregatesLoadAcrossBatchesAndFromASnapshot() {
        SequencedEventStorageEngine small = engine(database.getName(), 7);
        for (int i = 0; i < 20; i++) {
            small.appendEvents(event("Run:a", i));
        }
        assertThat(small.readEvents("Run:a").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .isEqualTo(java.util.stream.LongStream.range(0, 20).boxed().toList());
        assertThat(small.lastSequenceNumberFor("Run:a")).contains(19L);

        small.storeSnapshot(event("Run:a", 12));
        assertThat(small.readSnapshot("Run:a")).map(DomainEventMessage::getSequenceNumber).contains(12L);
        assertThat(small.lastSequenceNumberFor("Run:a")).contains(19L);
        assertThat(small.lastSequenceNumberFor("Run:none")).isEmpty();
    }

    @Test
    void nonDomainEventsAreTrackedButBelongToNoAggregate() {
        EventMessage<String> notice = org.axonframework.eventhandling.GenericEventMessage.asEventMessage("notice");
        engine.appendEvents(notice);
        EventMessage<?> read = engine.readEvents(null, false).findFirst().orElseThrow();
        assertThat(read).isNotInstanceOf(DomainEventMessage.class);
        assertThat(read.getIdentifier()).isEqualTo(notice.getIdentifier());
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
