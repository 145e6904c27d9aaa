package jp.yui.infra.eventstore;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.OptionalLong;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.bson.Document;
import org.bson.types.Binary;

import com.mongodb.client.MongoClient;

/**
 * Where Axon keeps events and tracking tokens in MongoDB: events in the {@link SequencedEventStorageEngine},
 * tracking tokens in axon-mongo's token store.
 *
 * <p>Events are read through an {@link EventUpcasterChain}: every event class carries {@code @Revision}, which the
 * Jackson serializer stores as the event's {@code payloadRevision}, and an upcaster turns a stored shape of one
 * revision into the next before the payload is deserialized, for aggregates and tracking processors alike.
 */
public final class MongoEventStorage {

    private final MongoClient client;
    private final String databaseName;
    private final Serializer serializer;
    private final boolean transactions;
    private final List<? extends EventUpcaster> upcasters;
    private final MongoTemplate template;

    /**
     * @param transactions append multi-event batches in a transaction; only a replica set or sharded cluster
     *                     supports them, the embedded server does not
     * @param upcasters    applied in this order to every event read, each one revision further
     */
    public MongoEventStorage(MongoClient client, String databaseName, Serializer serializer, boolean transactions,
                             List<? extends EventUpcaster> upcasters) {
        this.client = client;
        this.databaseName = databaseName;
        this.serializer = serializer;
        this.transactions = transactions;
        this.upcasters = List.copyOf(upcasters);
        this.template = DefaultMongoTemplate.builder().mongoDatabase(client, databaseName).build();
    }

    public EventStorageEngine eventStorageEngine() {
        return SequencedEventStorageEngine.builder()
                .client(client)
                .databaseName(databaseName)
                .transactions(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(upcasters))
                .build();
    }

    /**
     * The lowest position stored for a processor's segments, read without claiming them (the token store's own
     * {@code fetchToken} claims): where a stopped processor will resume. Empty when it has stored none.
     */
    public OptionalLong storedPosition(String processorName) {
        long lowest = Long.MAX_VALUE;
        boolean any = false;
        for (Document entry : template.trackingTokensCollection().find(eq("processorName", processorName))) {
            Object bytes = entry.get("token");
            String type = entry.getString("tokenType");
            any = true;
            if (bytes == null || type == null) {
                lowest = -1;
                continue;
            }
            byte[] data = bytes instanceof Binary binary ? binary.getData() : (byte[]) bytes;
            TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
            lowest = Math.min(lowest, token == null ? -1 : token.position().orElse(-1));
        }
        return any ? OptionalLong.of(lowest) : OptionalLong.empty();
    }

    /**
     * Removes every segment's token of a processor, claimed or not: for a processor that is no longer run, e.g. a
     * view rebuild's that has handed its place over or was left by a restart. Returns how many were removed.
     */
    public long deleteTokens(String processorName) {
        return template.trackingTokensCollection().deleteMany(eq("processorName", processorName)).getDeletedCount();
    }

    public TokenStore tokenStore(String nodeId) {
        return MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .nodeId(nodeId)
                .build();
    }
}
