package jp.yui.infra.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import jp.yui.infra.eventstore.EmbeddedStore;

/**
 * Saves within an event processor's batch reach MongoDB together, before the batch's token would be stored; a failed
 * batch writes nothing; outside a batch every save is written at once.
 */
class BatchedViewWritesTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    record Count(String name, int n) {
    }

    private MongoDatabase database() {
        return store.client().getDatabase(store.freshDatabase());
    }

    private static long stored(MongoCollection<Document> collection) {
        return collection.countDocuments();
    }

    @Test
    void aBatchIsWrittenOnceItsLastEventIsHandledAndBeforeItCommits() throws Exception {
        MongoDatabase database = database();
        MongoViewStore<Count> views = new MongoViewStore<>(database, "view_counts", Count.class);
        MongoCollection<Document> raw = database.getCollection("view_counts");
        List<EventMessage<?>> events = List.of(GenericEventMessage.asEventMessage("a"),
                GenericEventMessage.asEventMessage("b"), GenericEventMessage.asEventMessage("a"));
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        List<Long> storedWhileHandling = new ArrayList<>();
        AtomicReference<Long> storedAtPrepareCommit = new AtomicReference<>();
        // Registered first, as Axon registers the token's storing before any handler runs.
        batch.onPrepareCommit(u -> storedAtPrepareCommit.set(stored(raw)));

        batch.executeWithResult(() -> new DefaultInterceptorChain<>(batch, List.of(BatchedViewWrites.interceptor()),
                message -> {
                    String name = (String) message.getPayload();
                    int n = views.find(name).map(Count::n).orElse(0);
                    views.save(name, "minato", new Count(name, n + 1));
                    storedWhileHandling.add(stored(raw));
                    return null;
                }).proceed());

        assertThat(storedWhileHandling).containsExactly(0L, 0L, 0L);
        assertThat(storedAtPrepareCommit.get()).isEqualTo(2);
        assertThat(views.find("a")).contains(new Count("a", 2));
        assertThat(views.find("b")).contains(new Count("b", 1));
    }

    @Test
    void aFailedBatchWritesNothing() {
        MongoDatabase database = database();
        MongoViewStore<Count> views = new MongoViewStore<>(database, "view_counts", Count.class);
        DefaultUnitOfWork<EventMessage<?>> unit = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a"));
        views.save("a", "minato", new Count("a", 1));
        assertThat(views.find("a")).contains(new Count("a", 1));
        unit.rollback(new IllegalStateException("handler failed"));

        assertThat(views.find("a")).isEmpty();
        assertThat(stored(database.getCollection("view_counts"))).isZero();
    }

    @Test
    void queriesWithinABatchSeeItsSavesAndOutsideOneEverySaveIsWrittenAtOnce() {
        MongoDatabase database = database();
        MongoViewStore<Count> views = new MongoViewStore<>(database, "view_counts", Count.class);
        DefaultUnitOfWork<EventMessage<?>> unit = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a"));
        views.save("a", "minato", new Count("a", 1));
        views.save("b", "minato", new Count("b", 1));
        assertThat(views.findByOrganization("minato")).hasSize(2);
        unit.commit();

        views.save("c", "minato", new Count("c", 1));
        assertThat(stored(database.getCollection("view_counts"))).isEqualTo(3);
        assertThatThrownBy(() -> views.findBy("minato", "nothing", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
