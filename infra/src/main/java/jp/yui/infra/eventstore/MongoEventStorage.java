package jp.yui.infra.eventstore;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;

import com.mongodb.client.MongoClient;

/**
 * Where Axon keeps events and tracking tokens in MongoDB: events in the {@link SequencedEventStorageEngine},
 * tracking tokens in axon-mongo's token store.
 */
public final class MongoEventStorage {

    private final MongoClient client;
    private final String databaseName;
    private final Serializer serializer;
    private final boolean transactions;
    private final MongoTemplate template;

    /**
     * @param transactions append multi-event batches in a transaction; only a replica set or sharded cluster
     *                     supports them, the embedded server does not
     */
    public MongoEventStorage(MongoClient client, String databaseName, Serializer serializer, boolean transactions) {
        this.client = client;
        this.databaseName = databaseName;
        this.serializer = serializer;
        this.transactions = transactions;
        this.template = DefaultMongoTemplate.builder().mongoDatabase(client, databaseName).build();
    }

    public EventStorageEngine eventStorageEngine() {
        return SequencedEventStorageEngine.builder()
                .client(client)
                .databaseName(databaseName)
                .transactions(transactions)
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
