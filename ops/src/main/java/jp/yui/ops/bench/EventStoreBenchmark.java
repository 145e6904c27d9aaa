package jp.yui.ops.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import com.mongodb.client.MongoClient;

import jp.yui.infra.eventstore.SequencedEventStorageEngine;
import jp.yui.infra.mongo.EmbeddedMongoServer;
import jp.yui.infra.mongo.MongoConnections;
import jp.yui.infra.serialization.YuiSerializers;

/**
 * Measures the event store at growing sizes (run by hand, not in the tests):
 * <pre>
 * mvn -B -q package -DskipTests
 * java -Xmx2g -cp "ops/target/yui-ops.jar:ops/target/lib/*" jp.yui.ops.bench.EventStoreBenchmark [sizes] [--fsync] [--mongodb-uri URI]
 * </pre>
 * At each size (default 10000,100000,1000000 stored events) it prints: the rate of single-event appends (one
 * command's worth, as a booking is) and their 99th percentile and longest time (the embedded store compacts in small
 * steps several times a second meanwhile, so these show what a compaction step costs a writer), the time to load a
 * random 20-event aggregate, the time of one 100-event tracking poll, both near the head of the store (a processor
 * keeping up) and from a random position (a replay), and the data file's size, also per 1,000 events.
 * The store is filled with 20-event aggregates of booking-shaped events. Without {@code --mongodb-uri} it runs on
 * the embedded server in a temporary directory, deleted afterwards. With {@code --compact} the embedded file is
 * compacted after each fill, before measuring: a bulk fill writes far faster than the store's background compaction
 * follows, while a store that grew over months has long been compacted.
 */
public final class EventStoreBenchmark {

    /** A booking-shaped payload, about the size of the real ones. */
    public record BenchRideBooked(String bookingId, String runId, String organizationId, String serviceId,
                                  LocalDate serviceDate, int passengers) {
    }

    private static final int AGGREGATE_EVENTS = 20;
    private static final int APPENDS_MEASURED = 3_000;
    private static final int LOADS_MEASURED = 300;
    private static final int POLLS_MEASURED = Integer.getInteger("yui.bench.polls", 300);
    private static final int POLL_SIZE = 100;

    private final SequencedEventStorageEngine engine;
    private final Random random = new Random(42);
    private final List<String> fullAggregates = new ArrayList<>();
    private long stored;

    private EventStoreBenchmark(SequencedEventStorageEngine engine) {
        this.engine = engine;
    }

    public static void main(String[] args) throws Exception {
        long[] sizes = {10_000, 100_000, 1_000_000};
        boolean fsync = false;
        boolean compact = false;
        String uri = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fsync" -> fsync = true;
                case "--compact" -> compact = true;
                case "--mongodb-uri" -> uri = args[++i];
                default -> sizes = Arrays.stream(args[i].split(",")).mapToLong(Long::parseLong).toArray();
            }
        }
        Path dir = Files.createTempDirectory("yui-bench");
        EmbeddedMongoServer server = uri == null ? EmbeddedMongoServer.start(dir, 0, fsync) : null;
        try (MongoClient client = server != null ? MongoConnections.forEmbedded(server) : MongoConnections.forDeployment(uri)) {
            System.out.printf("store: %s, fsync: %s, JVM max heap %d MiB%n", server != null ? "embedded" : "MongoDB",
                    fsync, Runtime.getRuntime().maxMemory() >> 20);
            String database = "bench_" + System.currentTimeMillis();
            warmUp(client, database + "_warmup");
            EventStoreBenchmark bench = new EventStoreBenchmark(engine(client, database));
            System.out.printf("%10s %10s %13s %13s %13s %13s %15s %8s %9s %13s%n", "events", "appends/s",
                    "append p99 ms", "append max ms", "load 20 ms", "poll head ms", "poll random ms", "fill s",
                    "file MiB", "MiB/1k events");
            for (long size : sizes) {
                long fillStart = System.nanoTime();
                bench.fillTo(size - APPENDS_MEASURED);
                double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                if (compact && server != null) {
                    server.compactFile();
                }
                Appends appends = bench.measureAppends();
                double loadMs = bench.measureLoads();
                double headPollMs = bench.measureHeadPolls();
                double pollMs = bench.measurePolls();
                double fileMiB = server == null ? -1 : Files.size(dir.resolve(EmbeddedMongoServer.DATA_FILE)) / 1048576.0;
                System.out.printf("%10d %10.0f %13.2f %13.2f %13.2f %13.2f %15.2f %8.1f %9.0f %13.2f%n", bench.stored,
                        appends.perSecond(), appends.p99Millis(), appends.maxMillis(), loadMs, headPollMs, pollMs,
                        fillSeconds, fileMiB, fileMiB * 1000 / bench.stored);
            }
        } finally {
            if (server != null) {
                server.close();
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static SequencedEventStorageEngine engine(MongoClient client, String database) {
        return SequencedEventStorageEngine.builder()
                .client(client)
                .databaseName(database)
                .transactions(MongoConnections.supportsTransactions(client))
                .eventSerializer(YuiSerializers.jackson())
                .snapshotSerializer(YuiSerializers.jackson())
                .build();
    }

    /** Lets the JIT compile the paths measured, on a database of its own. */
    private static void warmUp(MongoClient client, String database) {
        EventStoreBenchmark warm = new EventStoreBenchmark(engine(client, database));
        warm.fillTo(5_000);
        warm.measureAppends();
        warm.measureLoads();
        warm.measureHeadPolls();
        warm.measurePolls();
    }

    private void fillTo(long target) {
        while (stored + AGGREGATE_EVENTS <= target) {
            String aggregate = "Run:" + UUID.randomUUID();
            List<DomainEventMessage<?>> events = new ArrayList<>(AGGREGATE_EVENTS);
            for (int seq = 0; seq < AGGREGATE_EVENTS; seq++) {
                events.add(event(aggregate, seq));
            }
            engine.appendEvents(events);
            stored += AGGREGATE_EVENTS;
            if (fullAggregates.size() < 100_000) {
                fullAggregates.add(aggregate);
            }
        }
    }

    private static DomainEventMessage<BenchRideBooked> event(String aggregate, long seq) {
        return new GenericDomainEventMessage<>("Run", aggregate, seq, new BenchRideBooked(
                "Booking:" + UUID.randomUUID(), aggregate, "kitaaizu", "fureai", LocalDate.of(2026, 4, 1), 1));
    }

    private record Appends(double perSecond, double p99Millis, double maxMillis) {
    }

    /** Single-event appends, each to a new aggregate, one after the other. */
    private Appends measureAppends() {
        long[] nanos = new long[APPENDS_MEASURED];
        long start = System.nanoTime();
        for (int i = 0; i < APPENDS_MEASURED; i++) {
            long before = System.nanoTime();
            engine.appendEvents(event("Run:" + UUID.randomUUID(), 0));
            nanos[i] = System.nanoTime() - before;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        stored += APPENDS_MEASURED;
        Arrays.sort(nanos);
        return new Appends(APPENDS_MEASURED / seconds, nanos[(int) (APPENDS_MEASURED * 0.99) - 1] / 1e6,
                nanos[APPENDS_MEASURED - 1] / 1e6);
    }

    /** Mean milliseconds to read all events of a random 20-event aggregate. */
    private double measureLoads() {
        return meanMillis(LOADS_MEASURED, () -> {
            String aggregate = fullAggregates.get(random.nextInt(fullAggregates.size()));
            return engine.readEvents(aggregate).asStream().count();
        }, AGGREGATE_EVENTS);
    }

    /** Mean milliseconds for one tracking poll of 100 events from a random position. */
    private double measurePolls() {
        return meanMillis(POLLS_MEASURED, () -> {
            long from = (long) (random.nextDouble() * (stored - POLL_SIZE - 1));
            return engine.readEvents(GapAwareTrackingToken.newInstance(from, List.of()), false)
                    .limit(POLL_SIZE).count();
        }, POLL_SIZE);
    }

    /** Mean milliseconds for one tracking poll of 100 events among the latest 2,000 (recently written pages). */
    private double measureHeadPolls() {
        return meanMillis(POLLS_MEASURED, () -> {
            long from = stored - 2_000 + random.nextInt(2_000 - POLL_SIZE - 1);
            return engine.readEvents(GapAwareTrackingToken.newInstance(from, List.of()), false)
                    .limit(POLL_SIZE).count();
        }, POLL_SIZE);
    }

    private static double meanMillis(int repetitions, LongSupplier operation, long expectedCount) {
        long total = 0;
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            long count = operation.getAsLong();
            total += System.nanoTime() - start;
            if (count != expectedCount) {
                throw new IllegalStateException("Expected " + expectedCount + " events, read " + count);
            }
        }
        return total / 1e6 / repetitions;
    }
}
