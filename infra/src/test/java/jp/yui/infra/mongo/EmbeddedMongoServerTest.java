package jp.yui.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

class EmbeddedMongoServerTest {

    @TempDir
    Path dir;

    /**
     * A copy of the data file taken while the server still runs is what a process crash leaves behind:
     * every write acknowledged before the copy must be in it.
     */
    @Test
    void everyAcknowledgedWriteIsInTheDataFileBeforeTheReply() throws Exception {
        Path live = dir.resolve("live");
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        int writers = 4;
        int perWriter = 150;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(live, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        docs.insertOne(new Document("_id", writer + "-" + i).append("writer", writer));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            Files.copy(live.resolve(EmbeddedMongoServer.DATA_FILE), crashed.resolve(EmbeddedMongoServer.DATA_FILE));
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(crashed, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
            assertThat(docs.countDocuments()).isEqualTo((long) writers * perWriter);
            assertThat(docs.find(new Document("_id", "3-149")).first()).isNotNull();
        }
    }

    /**
     * With fsync, a write is acknowledged only once the device has it: when the reply arrives, no completed write
     * of the data file is left without a force after it. (A copy of the file cannot show this: the page cache
     * answers the same with or without the force.)
     */
    @Test
    void withFsyncEveryAcknowledgedWriteIsForcedToTheDeviceBeforeTheReply() {
        ForceWatchingFilePath.Device device = ForceWatchingFilePath.device(dir.resolve(EmbeddedMongoServer.DATA_FILE));
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, true, ForceWatchingFilePath.prefix());
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
            for (int i = 0; i < 30; i++) {
                long writes = device.allWrites();
                docs.insertOne(new Document("_id", i));
                assertThat(device.allWrites()).as("insert %d written to the file", i).isGreaterThan(writes);
                assertThat(device.unforcedWrites()).as("unforced writes when insert %d was acknowledged", i).isZero();
                docs.updateOne(Filters.eq("_id", i), Updates.set("seen", true));
                assertThat(device.unforcedWrites()).as("unforced writes when update %d was acknowledged", i).isZero();
            }
            docs.deleteMany(new Document());
            assertThat(device.unforcedWrites()).as("unforced writes when the delete was acknowledged").isZero();
        }
    }

    /** Without fsync the writes still reach the file before the reply (see above), but nothing forces them. */
    @Test
    void withoutFsyncAcknowledgedWritesAreNotForcedOneByOne() {
        ForceWatchingFilePath.Device device = ForceWatchingFilePath.device(dir.resolve(EmbeddedMongoServer.DATA_FILE));
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false, ForceWatchingFilePath.prefix());
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
            long forces = device.forces();
            long writes = device.writes();
            for (int i = 0; i < 30; i++) {
                docs.insertOne(new Document("_id", i));
                docs.updateOne(Filters.eq("_id", i), Updates.set("seen", true));
            }
            assertThat(device.writes()).isGreaterThanOrEqualTo(writes + 60);
            // H2 forces the file before it shrinks it, which it does now and then as chunks at the end are freed.
            assertThat(device.forces() - forces).as("forces while writing 60 times without fsync").isLessThan(15);
            assertThat(device.unforcedWrites()).isPositive();
        }
    }

    @Test
    void dataSurvivesARestartOnTheSameDirectory() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            client.getDatabase("yui").getCollection("docs").insertOne(new Document("_id", "kept"));
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            assertThat(client.getDatabase("yui").getCollection("docs").countDocuments()).isEqualTo(1);
        }
    }

    /** The event store's global sequence relies on this: an atomic $inc, as on a real MongoDB. */
    @Test
    void concurrentIncrementsNeverHandOutTheSameValue() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> counters = client.getDatabase("yui").getCollection("counters");
            counters.insertOne(new Document("_id", "c").append("next", 0L));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                taken.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < 250; i++) {
                        mine.add(counters.findOneAndUpdate(Filters.eq("_id", "c"), Updates.inc("next", 1L)).getLong("next"));
                    }
                    return mine;
                }));
            }
            java.util.Set<Long> all = new java.util.HashSet<>();
            for (Future<List<Long>> f : taken) {
                all.addAll(f.get());
            }
            pool.shutdown();
            assertThat(all).hasSize(1000);
            assertThat(counters.find(Filters.eq("_id", "c")).first().getLong("next")).isEqualTo(1000L);
        }
    }

    @Test
    void anOrderedInsertThatFailsPartWayStoresNothing() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
            docs.insertOne(new Document("_id", "taken"));

            assertThatThrownBy(() -> docs.insertMany(List.of(new Document("_id", "a"), new Document("_id", "b"),
                    new Document("_id", "taken"), new Document("_id", "c"))))
                    .isInstanceOf(MongoBulkWriteException.class);

            assertThat(docs.countDocuments()).isEqualTo(1);
            docs.insertMany(List.of(new Document("_id", "a"), new Document("_id", "b")));
            assertThat(docs.countDocuments()).isEqualTo(3);
        }
    }

    /** Files of the stock H2 backend (development builds before the store format) are refused, untouched. */
    @Test
    void aDataFileFromTheStockBackendIsRefusedAndLeftAsItIs() throws Exception {
        Path file = dir.resolve(EmbeddedMongoServer.DATA_FILE);
        de.bwaldvogel.mongo.MongoServer stock = new de.bwaldvogel.mongo.MongoServer(
                new de.bwaldvogel.mongo.backend.h2.H2Backend(file.toString()));
        try (MongoClient client = com.mongodb.client.MongoClients.create(
                "mongodb://" + stock.bind().getHostString() + ":" + stock.getLocalAddress().getPort())) {
            client.getDatabase("yui").getCollection("docs").insertOne(new Document("_id", "kept"));
        } finally {
            stock.shutdownNow();
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> EmbeddedMongoServer.start(dir, 0, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("earlier development build")
                .hasMessageContaining("Move the file away");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void uniqueIndexesAnswerLookupsAndRefuseDuplicatesAfterARestart() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
            docs.createIndex(new Document("code", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                docs.insertOne(new Document("_id", "d" + i).append("code", (long) i)
                        .append("note", "ふれあい号 " + i).append("at", java.time.Instant.ofEpochSecond(i)));
            }
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
            assertThat(docs.find(Filters.in("code", List.of(7L, 499L, 1000L))).into(new ArrayList<>()))
                    .extracting(d -> d.getString("_id")).containsExactlyInAnyOrder("d7", "d499");
            Document d250 = docs.find(Filters.eq("_id", "d250")).first();
            assertThat(d250.getString("note")).isEqualTo("ふれあい号 250");
            assertThat(d250.getDate("at").toInstant()).isEqualTo(java.time.Instant.ofEpochSecond(250));
            assertThatThrownBy(() -> docs.insertOne(new Document("_id", "again").append("code", 7L)))
                    .isInstanceOf(com.mongodb.MongoWriteException.class);
        }
    }
}
