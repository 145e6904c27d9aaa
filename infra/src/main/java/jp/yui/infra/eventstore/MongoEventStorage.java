package jp.yui.infra.eventstore;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;

import com.mongodb.client.MongoClient;

/**
 * Where Axon keeps events and tracking tokens in MongoDB.
 *
 * <p>Events are, for now, in axon-mongo's storage engine (one document per event). Its loads and polls are
 * range queries that the embedded server answers by scanning, and it tracks by timestamp; a dedicated engine
 * with a global sequence replaces it (see the event-store issue). Tokens stay in axon-mongo's token store.
 */
public final class MongoEventStorage {

    private final MongoTemplate template;
    private final Serializer serializer;

    public MongoEventStorage(MongoClient client, String databaseName, Serializer serializer) {
        this.template = DefaultMongoTemplate.builder().mongoDatabase(client, databaseName).build();
        this.serializer = serializer;
    }

    public EventStorageEngine eventStorageEngine() {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(template)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    public TokenStore tokenStore(String nodeId) {
        return MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .nodeId(nodeId)
                .build();
    }
}
