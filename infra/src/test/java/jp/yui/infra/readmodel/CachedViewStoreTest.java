package jp.yui.infra.readmodel;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Supplier;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import jp.yui.infra.eventstore.EmbeddedStore;

/**
 * The processor's cache in front of a view store: a view it saved or read is found again without a read, an id never
 * saved in a collection that started empty is absent without a read, and the cache forgets what may be wrong: a
 * rolled-back batch's saves, everything on deleteAll, and a collection changed by someone else (a rebuild's swap).
 * "Without a read" shows as a change made behind the store's back that the cache does not see.
 */
class CachedViewStoreTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    record Count(String name, int n) {
    }

    private MongoDatabase database;
    private MongoCollection<Document> raw;

    private CachedViewStore<Count> views(boolean startsEmpty, int capacity) {
        database = store.client().getDatabase(store.freshDatabase());
        String collection = "view_counts_" + database.getName();
        raw = database.getCollection(collection);
        return new CachedViewStore<>(new MongoViewStore<>(database, collection, Count.class), collection,
                startsEmpty, capacity);
    }

    private static <T> T inBatch(Supplier<T> work) {
        DefaultUnitOfWork<EventMessage<?>> unit = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e"));
        try {
            T result = work.get();
            unit.commit();
            return result;
        } catch (RuntimeException e) {
            if (unit.isActive()) {
                unit.rollback(e);
            }
            throw e;
        }
    }

    private static void inBatch(Runnable work) {
        inBatch(() -> {
            work.run();
            return null;
        });
    }

    /** Behind the store's back, as a direct write (or another node) would. */
    private void writeDirectly(String id, int n) {
        raw.replaceOne(eq("_id", id), new Document("_id", id).append("organizationId", "minato")
                .append("view", new Document("name", id).append("n", n)), new ReplaceOptions().upsert(true));
    }

    @Test
    void aViewSavedInABatchIsFoundInTheNextWithoutARead() {
        CachedViewStore<Count> views = views(false, 10);
        inBatch(() -> views.save("a", "minato", new Count("a", 1)));
        writeDirectly("a", 7);

        assertThat(inBatch(() -> views.find("a"))).contains(new Count("a", 1));
        // Outside a batch (a request) the store answers.
        assertThat(views.find("a")).contains(new Count("a", 7));
    }

    @Test
    void inACollectionThatStartedEmptyAnIdNeverSavedIsAbsentWithoutARead() {
        CachedViewStore<Count> views = views(true, 10);
        writeDirectly("b", 1);
        assertThat(inBatch(() -> views.find("b"))).isEmpty();

        CachedViewStore<Count> known = views(false, 10);
        writeDirectly("b", 1);
        assertThat(inBatch(() -> known.find("b"))).contains(new Count("b", 1));
    }

    @Test
    void aRolledBackBatchIsForgotten() {
        CachedViewStore<Count> views = views(false, 10);
        inBatch(() -> views.save("a", "minato", new Count("a", 1)));

        DefaultUnitOfWork<EventMessage<?>> failed = DefaultUnitOfWork.startAndGet(
                GenericEventMessage.asEventMessage("e"));
        views.save("a", "minato", new Count("a", 2));
        views.save("c", "minato", new Count("c", 1));
        failed.rollback(new IllegalStateException("handler failed"));

        assertThat(inBatch(() -> views.find("a"))).contains(new Count("a", 1));
        assertThat(inBatch(() -> views.find("c"))).isEmpty();
    }

    @Test
    void deleteAllForgetsEverything() {
        CachedViewStore<Count> views = views(false, 10);
        inBatch(() -> views.save("a", "minato", new Count("a", 1)));
        inBatch(views::deleteAll);

        assertThat(inBatch(() -> views.find("a"))).isEmpty();
        assertThat(raw.countDocuments()).isZero();
    }

    @Test
    void aCollectionChangedBySomeoneElseIsReadAgainOnceInvalidated() {
        CachedViewStore<Count> views = views(true, 10);
        inBatch(() -> views.save("a", "minato", new Count("a", 1)));
        inBatch(() -> views.find("z"));
        writeDirectly("a", 2);
        writeDirectly("z", 3);

        CachedViewStore.invalidate(raw.getNamespace().getCollectionName());

        assertThat(inBatch(() -> views.find("a"))).contains(new Count("a", 2));
        assertThat(inBatch(() -> views.find("z"))).contains(new Count("z", 3));
    }

    @Test
    void viewsSavedInABatchAreWrittenOnceWithItAndQueriesSeeThem() {
        CachedViewStore<Count> views = views(false, 10);
        DefaultUnitOfWork<EventMessage<?>> unit = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e"));
        views.save("a", "minato", new Count("a", 1));
        views.save("a", "minato", new Count("a", 2));
        assertThat(raw.countDocuments()).isZero();
        assertThat(views.find("a")).contains(new Count("a", 2));
        assertThat(views.findByOrganization("minato")).containsExactly(new Count("a", 2));
        views.save("b", "minato", new Count("b", 1));
        unit.commit();
        assertThat(views.findByOrganization("minato")).containsExactly(new Count("a", 2), new Count("b", 1));

        DefaultUnitOfWork<EventMessage<?>> failed = DefaultUnitOfWork.startAndGet(
                GenericEventMessage.asEventMessage("e"));
        views.save("c", "minato", new Count("c", 1));
        failed.rollback(new IllegalStateException("handler failed"));
        assertThat(raw.countDocuments()).isEqualTo(2);
    }

    @Test
    void theCacheKeepsAtMostItsCapacity() {
        CachedViewStore<Count> views = views(false, 2);
        inBatch(() -> {
            for (String id : new String[] {"a", "b", "c"}) {
                views.save(id, "minato", new Count(id, 1));
            }
        });
        assertThat(views.cached()).isEqualTo(2);
        assertThat(inBatch(() -> views.find("a"))).isEqualTo(Optional.of(new Count("a", 1)));
    }
}
