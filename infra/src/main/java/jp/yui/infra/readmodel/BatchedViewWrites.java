package jp.yui.infra.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
 * prepares to commit. Outside a unit of work every save is written at once. Work registered with
 * {@link #afterWrites} runs right after the views are written, still before the token.
 */
public final class BatchedViewWrites {

    private static final String RESOURCE = BatchedViewWrites.class.getName();

    /**
     * The views saved in one unit of work, by collection, then by id (the last save of an id wins), and the work to
     * do once they are written (see {@link #afterWrites}).
     */
    private static final class Batch {
        private final Map<MongoCollection<Document>, Map<Object, Document>> byCollection = new IdentityHashMap<>();
        private final Map<String, Object> afterWritesState = new LinkedHashMap<>();
        private final Map<String, Consumer<Object>> afterWrites = new LinkedHashMap<>();
        private final Map<String, Runnable> beforeWrites = new LinkedHashMap<>();

        Map<Object, Document> of(MongoCollection<Document> collection) {
            return byCollection.computeIfAbsent(collection, c -> new LinkedHashMap<>());
        }

        void write() {
            List.copyOf(beforeWrites.values()).forEach(Runnable::run);
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

        /** Writes the views, then does the work waiting for them (which may save more views, written too). */
        void complete() {
            write();
            while (!afterWrites.isEmpty()) {
                Map<String, Consumer<Object>> work = new LinkedHashMap<>(afterWrites);
                Map<String, Object> states = new LinkedHashMap<>(afterWritesState);
                afterWrites.clear();
                afterWritesState.clear();
                work.forEach((name, task) -> task.accept(states.get(name)));
                write();
            }
        }
    }

    private BatchedViewWrites() {
    }

    /** Where a save of {@code collection} goes in the current unit of work; {@code null} outside one. */
    static Map<Object, Document> pending(MongoCollection<Document> collection) {
        Batch batch = batch();
        return batch == null ? null : batch.of(collection);
    }

    private static Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, key -> {
            Batch created = new Batch();
            root.onPrepareCommit(u -> created.complete());
            return created;
        });
    }

    /**
     * Work to do once per unit of work, after the views saved in it are written and before the token is stored, e.g.
     * recomputing the rollups the batch's events touched from the facts they saved. The first call of a unit of work
     * makes the state ({@code newState}) and registers {@code work}; every call returns that state to add to. Outside
     * a unit of work it returns {@code null}: the caller does the work at once. Work that fails fails the batch, whose
     * events are then handled again.
     */
    @SuppressWarnings("unchecked")
    public static <S> S afterWrites(String name, Supplier<S> newState, Consumer<S> work) {
        Batch batch = batch();
        if (batch == null) {
            return null;
        }
        if (!batch.afterWrites.containsKey(name)) {
            batch.afterWritesState.put(name, newState.get());
            batch.afterWrites.put(name, state -> work.accept((S) state));
        }
        return (S) batch.afterWritesState.get(name);
    }

    /**
     * Work to do each time the current unit of work's views are about to be written (also for a query that must see
     * them), e.g. saving views held back until then; registered once under {@code name}. Returns {@code false}
     * outside a unit of work (nothing registered).
     */
    public static boolean beforeWrites(String name, Runnable work) {
        Batch batch = batch();
        if (batch == null) {
            return false;
        }
        batch.beforeWrites.putIfAbsent(name, work);
        return true;
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
            if (CurrentUnitOfWork.isStarted()) {
                Batch views = CurrentUnitOfWork.get().root().getResource(RESOURCE);
                if (views != null) {
                    views.complete();
                }
            }
        }
        return result;
    }
}
