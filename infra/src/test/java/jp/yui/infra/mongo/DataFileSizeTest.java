package jp.yui.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import jp.yui.infra.eventstore.SequencedEventStorageEngine;
import jp.yui.infra.serialization.YuiSerializers;

/**
 * The data file stays within three times its live data while a booking-shaped workload commits write after write,
 * and does not grow while the service sits idle (retention 0 and the compaction steps of {@link DurableH2Backend}).
 */
class DataFileSizeTest {

    /** A booking-shaped event payload. */
    record SeatBooked(String bookingId, String runId, String organizationId, LocalDate serviceDate, int passengers) {
    }

    private static final int ROUNDS = 6_000;
    private static final int EVENTS_PER_RUN = 20;
    private static final int IDLE_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void dataFileStaysWithinThreeTimesItsLiveDataAndDoesNotGrowWhileIdle() throws Exception {
        Path file = dir.resolve(EmbeddedMongoServer.DATA_FILE);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoDatabase database = client.getDatabase("yui");
            SequencedEventStorageEngine engine = SequencedEventStorageEngine.builder()
                    .client(client)
                    .databaseName("yui")
                    .eventSerializer(YuiSerializers.jackson())
                    .snapshotSerializer(YuiSerializers.jackson())
                    .build();
            MongoCollection<Document> runs = database.getCollection("view_runs");
            MongoCollection<Document> days = database.getCollection("view_days");
            ReplaceOptions upsert = new ReplaceOptions().upsert(true);
            runs.createIndex(com.mongodb.client.model.Indexes.ascending("organizationId", "serviceDate"));

            // Each round is one command's worth, each write committed on its own: an event, then the run's view
            // (growing with its bookings) and the day's figures.
            String runId = null;
            List<String> bookings = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                if (round % EVENTS_PER_RUN == 0) {
                    runId = "Run:" + UUID.randomUUID();
                    bookings.clear();
                }
                String bookingId = "Booking:" + UUID.randomUUID();
                LocalDate day = LocalDate.of(2026, 4, 1).plusDays(round / 200);
                engine.appendEvents(new GenericDomainEventMessage<>("Run", runId, bookings.size(),
                        new SeatBooked(bookingId, runId, "kitaaizu", day, 1)));
                bookings.add(bookingId);
                runs.replaceOne(Filters.eq("_id", runId), new Document("_id", runId)
                        .append("organizationId", "kitaaizu").append("serviceDate", day.toString())
                        .append("bookings", bookings).append("seatsLeft", 40 - bookings.size()), upsert);
                days.replaceOne(Filters.eq("_id", "kitaaizu/" + day), new Document("_id", "kitaaizu/" + day)
                        .append("organizationId", "kitaaizu").append("rides", round % 200 + 1), upsert);
            }

            long afterWrites = Files.size(file);
            long live = liveBytes(client);
            System.out.printf("live %d KiB, file after writes %d KiB (%.2fx)%n", live >> 10, afterWrites >> 10,
                    (double) afterWrites / live);
            assertThat(afterWrites)
                    .as("data file after %d rounds (%d KiB live)", ROUNDS, live >> 10)
                    .isLessThanOrEqualTo(3 * live);

            // Idle from the compaction step that follows the last commits (within 100 ms): the maintenance thread
            // keeps running; the file may shrink but never grow.
            Thread.sleep(1_000);
            long idleFrom = Files.size(file);
            long largest = idleFrom;
            for (int second = 0; second < IDLE_SECONDS; second++) {
                Thread.sleep(1_000);
                largest = Math.max(largest, Files.size(file));
            }
            System.out.printf("idle from %d KiB, largest %d KiB, end %d KiB%n", idleFrom >> 10, largest >> 10,
                    Files.size(file) >> 10);
            assertThat(largest).as("largest data file while idle").isLessThanOrEqualTo(idleFrom);
        }
    }

    /**
     * Live data as the store holds it: every document of every collection at its BSON size, plus one entry per
     * document for each of its indexes (the embedded store keeps them all, unique or not), each entry the BSON size of
     * its key document and of the document's {@code _id}, the position it points to. (No indexed field here holds an
     * array, so no document has more than one entry per index.)
     */
    private static long liveBytes(MongoClient client) {
        long total = 0;
        for (String name : client.listDatabaseNames()) {
            MongoDatabase database = client.getDatabase(name);
            for (String collectionName : database.listCollectionNames()) {
                MongoCollection<RawBsonDocument> collection = database.getCollection(collectionName, RawBsonDocument.class);
                List<List<String>> storedIndexKeys = new ArrayList<>();
                for (Document index : collection.listIndexes()) {
                    storedIndexKeys.add(new ArrayList<>(index.get("key", Document.class).keySet()));
                }
                for (RawBsonDocument document : collection.find()) {
                    total += document.getByteBuffer().remaining();
                    long position = bsonSize(new BsonDocument("_id", document.get("_id")));
                    for (List<String> keys : storedIndexKeys) {
                        BsonDocument key = new BsonDocument();
                        keys.forEach(k -> key.put(k, document.containsKey(k) ? document.get(k) : BsonNull.VALUE));
                        total += bsonSize(key) + position;
                    }
                }
            }
        }
        return total;
    }

    private static long bsonSize(BsonDocument document) {
        try (BasicOutputBuffer buffer = new BasicOutputBuffer()) {
            new BsonDocumentCodec().encode(new BsonBinaryWriter(buffer), document, EncoderContext.builder().build());
            return buffer.getPosition();
        }
    }
}
