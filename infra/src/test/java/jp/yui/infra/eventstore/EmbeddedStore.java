package jp.yui.infra.eventstore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.mongodb.client.MongoClient;

import jp.yui.infra.mongo.EmbeddedMongoServer;
import jp.yui.infra.mongo.MongoConnections;

/**
 * One embedded MongoDB server (the real H2-backed one, on a temporary data directory) for a test class; every
 * call to {@link #freshDatabase()} names a new, empty database on it.
 */
public final class EmbeddedStore implements BeforeAllCallback, AfterAllCallback {

    private final AtomicInteger databases = new AtomicInteger();
    private Path directory;
    private EmbeddedMongoServer server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        directory = Files.createTempDirectory("yui-store-test");
        server = EmbeddedMongoServer.start(directory, 0, false);
        client = MongoConnections.forEmbedded(server);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        client.close();
        server.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public MongoClient client() {
        return client;
    }

    /** A second client to the same server, as another service node would have. */
    public MongoClient newClient() {
        return MongoConnections.forEmbedded(server);
    }

    public String freshDatabase() {
        return "test" + databases.incrementAndGet();
    }
}
