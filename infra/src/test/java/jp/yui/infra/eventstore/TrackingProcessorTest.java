package jp.yui.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoClient;

import jp.yui.infra.serialization.YuiSerializers;

/** The engine under Axon's tracking event processor: several writing nodes, and replays. */
class TrackingProcessorTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private SequencedEventStorageEngine engine(MongoClient client, String database) {
        return SequencedEventStorageEngine.builder()
                .client(client)
                .databaseName(database)
                .eventSerializer(YuiSerializers.jackson())
                .snapshotSerializer(YuiSerializers.jackson())
                .build();
    }

    private EmbeddedEventStore eventStore(SequencedEventStorageEngine engine) {
        // As in the service: each processor reads its own stream (see StorageConfiguration in app).
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine)
                .optimizeEventConsumption(false).fetchDelay(50).build();
        toClose.add(eventStore::shutDown);
        return eventStore;
    }

    private TrackingEventProcessor processor(EmbeddedEventStore source, TokenStore tokens, Object... handlers) {
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name("ridership")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handlers).build())
                .messageSource(source)
                .tokenStore(tokens)
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andBatchSize(25)
                        .andEventAvailabilityTimeout(100, TimeUnit.MILLISECONDS))
                .build();
        toClose.add(processor::shutDown);
        return processor;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    record Handled(String aggregate, long sequence, String eventId) {
    }

    /**
     * Two engine instances, each with its own client as two service nodes would have, append concurrently to one
     * store, often to the same aggregates (so appends collide and burn reserved indexes), while a tracking
     * processor on node A reads. Every committed event is handled exactly once, each aggregate in order.
     */
    @Test
    void twoNodesAppendingConcurrentlyEveryCommittedEventIsHandledOnceInOrder() throws Exception {
        String database = store.freshDatabase();
        MongoClient clientB = store.newClient();
        toClose.add(clientB);
        SequencedEventStorageEngine nodeA = engine(store.client(), database);
        SequencedEventStorageEngine nodeB = engine(clientB, database);

        List<Handled> handled = Collections.synchronizedList(new ArrayList<>());
        // A marker appended after every other event: once it is handled, so is everything before it, and a
        // duplicate of an earlier event would already be in the list.
        String marker = "Marker:" + UUID.randomUUID();
        AtomicBoolean markerHandled = new AtomicBoolean();
        EventMessageHandler recorder = event -> {
            DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
            if (domainEvent.getAggregateIdentifier().equals(marker)) {
                markerHandled.set(true);
                return null;
            }
            handled.add(new Handled(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(),
                    domainEvent.getIdentifier()));
            return null;
        };
        TrackingEventProcessor processor = processor(eventStore(nodeA), new InMemoryTokenStore(), recorder);
        processor.start();

        Set<String> committed = ConcurrentHashMap.newKeySet();
        Map<String, Integer> conflicts = new ConcurrentHashMap<>();
        int writersPerNode = 2;
        int appendsPerWriter = 150;
        ExecutorService writers = Executors.newFixedThreadPool(2 * writersPerNode);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 2 * writersPerNode; w++) {
            SequencedEventStorageEngine node = w % 2 == 0 ? nodeA : nodeB;
            done.add(writers.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int appended = 0;
                while (appended < appendsPerWriter) {
                    String aggregate = "Run:" + random.nextInt(8);
                    long next = node.lastSequenceNumberFor(aggregate).map(n -> n + 1).orElse(0L);
                    int count = 1 + random.nextInt(3);
                    List<EventMessage<?>> batch = new ArrayList<>();
                    LongStream.range(next, next + count).forEach(seq -> batch.add(
                            new GenericDomainEventMessage<>("Run", aggregate, seq, aggregate + "#" + seq)));
                    try {
                        node.appendEvents(batch);
                        batch.forEach(e -> committed.add(e.getIdentifier()));
                        appended++;
                    } catch (ConcurrencyException | AggregateStreamCreationException collided) {
                        conflicts.merge("conflicts", 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        writers.shutdown();

        nodeA.appendEvents(List.of(new GenericDomainEventMessage<>("Run", marker, 0, marker)));
        try {
            await("the marker, appended last", markerHandled::get);
        } catch (AssertionError timedOut) {
            Set<String> notYet = new java.util.HashSet<>(committed);
            synchronized (handled) {
                handled.forEach(h -> notYet.remove(h.eventId()));
            }
            List<Document> stored = store.client().getDatabase(database).getCollection(SequencedEventStorageEngine.EVENTS)
                    .find(com.mongodb.client.model.Filters.in("eventIdentifier", notYet))
                    .projection(new Document("payload", 0).append("metaData", 0)).into(new ArrayList<>());
            throw new AssertionError("Not handled: " + stored + "; token " + processor.processingStatus(), timedOut);
        }
        List<Handled> seen;
        synchronized (handled) {
            seen = List.copyOf(handled);
        }

        List<String> handledIds = seen.stream().map(Handled::eventId).toList();
        assertThat(handledIds).doesNotHaveDuplicates();
        Set<String> missing = new java.util.HashSet<>(committed);
        handledIds.forEach(missing::remove);
        Set<String> unexpected = new java.util.HashSet<>(handledIds);
        unexpected.removeAll(committed);
        assertThat(missing).as("committed but not handled, of %d", committed.size()).isEmpty();
        assertThat(unexpected).as("handled but not committed, of %d", handledIds.size()).isEmpty();
        Map<String, List<Long>> sequencesPerAggregate = new HashMap<>();
        seen.forEach(h -> sequencesPerAggregate.computeIfAbsent(h.aggregate(), a -> new ArrayList<>()).add(h.sequence()));
        sequencesPerAggregate.forEach((aggregate, sequences) -> assertThat(sequences).as(aggregate)
                .isEqualTo(LongStream.range(0, sequences.size()).boxed().toList()));
        assertThat(conflicts.getOrDefault("conflicts", 0)).as("appends that collided").isPositive();
    }

    /** Rebuilds a view; must see every event again. */
    public static final class RidershipView {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());
        final List<Boolean> replaying = Collections.synchronizedList(new ArrayList<>());

        @EventHandler
        public void on(String payload, ReplayStatus status) {
            seen.add(payload);
            replaying.add(status.isReplay());
        }

        @ResetHandler
        public void reset() {
            seen.clear();
            replaying.clear();
        }
    }

    /** Has effects outside the store (a reminder call, say); must never run twice for one event. */
    public static final class ReminderSender {
        final List<String> sent = Collections.synchronizedList(new ArrayList<>());

        @EventHandler
        @DisallowReplay
        public void on(String payload) {
            sent.add(payload);
        }
    }

    @Test
    void aResetReplaysEveryEventOnceInOrderAndTheStoredTokenStaysSmall() throws Exception {
        String database = store.freshDatabase();
        SequencedEventStorageEngine engine = engine(store.client(), database);
        EmbeddedEventStore eventStore = eventStore(engine);
        TokenStore tokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(store.client(), database).build())
                .serializer(YuiSerializers.jackson())
                .nodeId("node-a")
                .build();
        RidershipView view = new RidershipView();
        ReminderSender reminders = new ReminderSender();
        TrackingEventProcessor processor = processor(eventStore, tokens, view, reminders);
        processor.start();
        // A new processor treats what is already stored when it claims its segment as history (a replay).
        await("the processor to claim its segment", () -> processor.processingStatus().size() == 1);

        List<String> published = new ArrayList<>();
        publish(eventStore, published, 100);
        await("100 events, their reminders and their token",
                () -> view.seen.size() == 100 && reminders.sent.size() >= 100 && tokenReachedHead(tokens, eventStore));
        assertThat(view.replaying).as("live events are not replays").containsOnly(false);
        assertThat(reminders.sent).as("reminders for live events").isEqualTo(published);
        int tokenAfter100 = storedTokenSize(database);

        publish(eventStore, published, 1900);
        await("2000 events and their token", () -> view.seen.size() == 2000 && tokenReachedHead(tokens, eventStore));
        int tokenAfter2000 = storedTokenSize(database);

        processor.shutDown();
        processor.resetTokens();
        assertThat(view.seen).isEmpty();
        processor.start();
        await("the replay", () -> view.seen.size() == 2000 && !processor.isReplaying());

        assertThat(view.seen).isEqualTo(published);
        assertThat(view.replaying).hasSize(2000).allMatch(Boolean::booleanValue);
        assertThat(reminders.sent).isEqualTo(published);

        publish(eventStore, published, 10);
        await("events after the replay, their reminders and their token", () -> view.seen.size() == 2010
                && reminders.sent.size() >= 2010 && tokenReachedHead(tokens, eventStore));
        assertThat(view.replaying.subList(2000, 2010)).containsOnly(false);
        assertThat(reminders.sent).isEqualTo(published);

        int tokenAfterReplay = storedTokenSize(database);
        assertThat(tokenAfter2000).as("token bytes after 2000 events vs 100 (%d)", tokenAfter100)
                .isLessThanOrEqualTo(tokenAfter100 + 2);
        assertThat(tokenAfterReplay).as("token bytes after the replay vs 100 events (%d)", tokenAfter100)
                .isLessThanOrEqualTo(tokenAfter100 + 2);
    }

    private static void publish(EmbeddedEventStore eventStore, List<String> published, int count) {
        for (int i = 0; i < count; i++) {
            String aggregate = "Run:" + (published.size() % 7);
            long sequence = published.size() / 7;
            String payload = aggregate + "#" + sequence;
            eventStore.publish(new GenericDomainEventMessage<>("Run", aggregate, sequence, payload));
            published.add(payload);
        }
    }

    /** The stored token (not the processor's in memory) covers the last event published. */
    private static boolean tokenReachedHead(TokenStore tokens, EmbeddedEventStore eventStore) {
        // Same node id as the processor, so this claim takes nothing from it.
        TrackingToken stored = tokens.fetchToken("ridership", 0);
        return stored != null && stored.position().orElse(-1)
                >= eventStore.createHeadToken().position().orElseThrow();
    }

    private static int storedTokenSize(String database) {
        Document token = store.client().getDatabase(database).getCollection("trackingtokens").find().first();
        if (token == null || token.get("token") == null) {
            return 0;
        }
        Object bytes = token.get("token");
        return bytes instanceof Binary binary ? binary.length() : ((byte[]) bytes).length;
    }
}
