package jp.yui.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

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

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

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

    @Test
    void withFsyncEveryAcknowledgedWriteIsInTheDataFileToo() throws Exception {
        Path live = dir.resolve("live");
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(live, 0, true);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            MongoCollection<Document> docs = client.getDatabase("yui").getCollection("docs");
            for (int i = 0; i < 100; i++) {
                docs.insertOne(new Document("_id", i));
            }
            Files.copy(live.resolve(EmbeddedMongoServer.DATA_FILE), crashed.resolve(EmbeddedMongoServer.DATA_FILE));
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(crashed, 0, true);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            assertThat(client.getDatabase("yui").getCollection("docs").countDocuments()).isEqualTo(100);
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
}
