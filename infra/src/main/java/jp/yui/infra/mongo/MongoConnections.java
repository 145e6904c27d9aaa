package jp.yui.infra.mongo;

import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.UuidRepresentation;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.connection.ClusterType;

/** Builds the one MongoClient the service uses, for the embedded server or a real replica set. */
public final class MongoConnections {

    private MongoConnections() {
    }

    /**
     * A client for a real MongoDB deployment: a write is acknowledged only when a majority of the replica set
     * has it in its journal, so an HTTP 2xx survives the loss of a node.
     */
    public static MongoClient forDeployment(String uri) {
        return MongoClients.create(settings(uri)
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .readConcern(ReadConcern.MAJORITY)
                .build());
    }

    /** A client for the embedded server, which commits each write to its file before acknowledging it. */
    public static MongoClient forEmbedded(EmbeddedMongoServer server) {
        return MongoClients.create(settings(server.connectionString())
                .writeConcern(WriteConcern.ACKNOWLEDGED)
                .build());
    }

    private static MongoClientSettings.Builder settings(String uri) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(5, TimeUnit.SECONDS));
    }

    /** The database name from the URI, or {@code yui} when the URI names none. */
    public static String databaseName(String uri) {
        String name = uri == null || uri.isBlank() ? null : new ConnectionString(uri).getDatabase();
        return name == null || name.isBlank() ? "yui" : name;
    }

    /**
     * Whether the deployment runs multi-document transactions: a replica set or a sharded cluster does; a
     * standalone server and the embedded server do not.
     */
    public static boolean supportsTransactions(MongoClient client) {
        client.getDatabase("admin").runCommand(new Document("ping", 1));
        ClusterType type = client.getClusterDescription().getType();
        return type == ClusterType.REPLICA_SET || type == ClusterType.SHARDED;
    }
}
