package jp.yui.infra.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * Views saved while an event processor handles a batch of events are kept in the batch's unit of work and written
 * together, one bulk write per collection, instead of one write (and one commit of the embedded store) per event.
 *
 * <p>{@link #interceptor()} writes them while the batch's last event is handled, so before Axon stores the batch's
 * token (which it does when the unit of work prepares to commit): a crash in between leaves views ahead of the
 * token, and the redelivered events change nothing (every projection is idempotent). A batch that fails writes
 * nothing, and its events are handled again. Without the interceptor the views are written when the unit of work
 * prepares to commit. Outside a unit of work every save is written at once.
 */
public final class BatchedViewWrites {

    private static final String RESOURCE = BatchedViewWrites.class.getName();

    /** The views saved in one unit of work, by collection, then by id (the last save of an id wins). */
    private static final class Batch {
        private final Map<MongoCollection<Document>, Map<Object, Document>> byCollection = new IdentityHashMap<>();

        Map<Object, Document> of(MongoCollection<Document> collection) {
            return byCollection.computeIfAbsent(collection, c -> new LinkedHashMap<>());
        }

        void write() {
            for (Map.Entry<MongoCollection<Document>, Map<Object, Document>> entry : byCollection.entrySet()) {
                if (entry.getValue().isEmpty()) {
                    continue;
                }
                List<WriteModel<Document>> writes = new ArrayList<>(entry.getValue().size());
                for (Map.Entry<Object, Document> view : entry.getValue().entrySet()) {
                    writes.add(new ReplaceOneModel<>(eq("_id", view.getKey()), view.getValue(),
                            new ReplaceOptions().upsert(true)));
                }
                entry.getKey().bulkWrite(writes);
                entry.getValue().clear();
            }
        }
    }

    private BatchedViewWrites() {
    }

    /** Where a save of {@code collection} goes in the current unit of work; {@code null} outside one. */
    static Map<Object, Document> pending(MongoCollection<Document> collection) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Batch batch = root.getOrComputeResource(RESOURCE, key -> {
            Batch created = new Batch();
            root.onPrepareCommit(u -> created.write());
            return created;
        });
        return batch.of(collection);
    }

    /** A view of {@code collection} saved in the current unit of work and not written yet, or {@code null}. */
    static Document unwritten(MongoCollection<Document> collection, Object id) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        Batch batch = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        if (batch == null) {
            return null;
        }
        Map<Object, Document> views = batch.byCollection.get(collection);
        return views == null ? null : views.get(id);
    }

    /** Writes what the current unit of work holds now (before a query that must see it). */
    static void writeNow() {
        if (CurrentUnitOfWork.isStarted()) {
            Batch batch = CurrentUnitOfWork.get().root().getResource(RESOURCE);
            if (batch != null) {
                batch.write();
            }
        }
    }

    /** For each event processor: writes a batch's views while its last event is handled, before the token. */
    public static MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return BatchedViewWrites::handle;
    }

    private static Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                                 InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            writeNow();
        }
        return result;
    }
}
