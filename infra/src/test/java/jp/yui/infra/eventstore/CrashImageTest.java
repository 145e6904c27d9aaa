package jp.yui.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;

import jp.yui.infra.mongo.EmbeddedMongoServer;
import jp.yui.infra.mongo.MongoConnections;
import jp.yui.infra.serialization.YuiSerializers;

/**
 * The embedded server commits an index reservation together with the events it reserved for. A copy of the data
 * file taken while the service runs is what a crash leaves: it must hold every appended event, and appending on it
 * must go on from above them.
 */
class CrashImageTest {

    @TempDir
    Path dir;

    private static SequencedEventStorageEngine engine(MongoClient client) {
        return SequencedEventStorageEngine.builder()
                .client(client)
                .databaseName("yui")
                .eventSerializer(YuiSerializers.jackson())
                .snapshotSerializer(YuiSerializers.jackson())
                .build();
    }

    private static DomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Run", aggregate, sequence, aggregate + "#" + sequence);
    }

    @Test
    void afterACrashEveryAppendIsThereAndTheSequenceGoesOnAboveIt() throws Exception {
        Path live = dir.resolve("live");
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(live, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            SequencedEventStorageEngine engine = engine(client);
            for (int i = 0; i < 50; i++) {
                engine.appendEvents(event("Run:" + i, 0), event("Run:" + i, 1));
            }
            Files.copy(live.resolve(EmbeddedMongoServer.DATA_FILE), crashed.resolve(EmbeddedMongoServer.DATA_FILE));
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(crashed, 0, false);
             MongoClient client = MongoConnections.forEmbedded(server)) {
            SequencedEventStorageEngine engine = engine(client);
            assertThat(engine.readEvents(null, false).count()).isEqualTo(100);

            engine.appendEvents(event("Run:after", 0));

            List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();
            assertThat(all).hasSize(101);
            assertThat(all.get(100).getPayload()).isEqualTo("Run:after#0");
        }
    }
}
