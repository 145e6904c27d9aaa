package jp.yui.app.admin;

import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.RenameCollectionOptions;

import jp.yui.app.web.Conflict;
import jp.yui.app.web.NotFound;
import jp.yui.infra.eventstore.MongoEventStorage;
import jp.yui.infra.readmodel.BatchedViewWrites;
import jp.yui.infra.readmodel.CachedViewStore;
import jp.yui.infra.readmodel.MongoViewStore;

/**
 * Rebuilds one view from all the events while the live view keeps answering, then swaps the new one in.
 *
 * <p>A second tracking processor ({@code <group>.rebuild}, its own token from the store's tail) drives a new instance
 * of the view's projection writing to shadow collections ({@code <collection>__rebuild}). When it has caught up with
 * the store's head, the swap stops the live processor, lets the shadow handle what the live one had handled last,
 * stops it, renames each shadow collection over the live one, hands the shadow's token to the live processor, drops
 * the shadow's token and starts the live processor again.
 *
 * <p>Every step leaves the views at or ahead of the live processor's token, never behind: a crash between the renames
 * and the token hand-over only makes the live processor handle again events the views already hold, which every
 * projection takes without change (they are idempotent). A failed or aborted rebuild, and one cut short by a restart
 * (its leftovers are dropped at start, before the processors run), drops its shadow collections and token and leaves
 * the live view as it was. One rebuild per view at a time, on this node.
 */
@Component
public class ViewRebuilds {

    public enum State { NONE, BUILDING, SWAPPING, DONE, FAILED }

    /**
     * Where a rebuild stands: {@code position} is the last event the new view has handled, {@code head} the store's
     * last, {@code eventsProcessed} the events read so far (position + 1), {@code etaSeconds} the time left at the
     * current rate while building.
     */
    public record Status(String view, String processingGroup, State state, long eventsProcessed, long position,
                         long head, double eventsPerSecond, Double etaSeconds, Instant startedAt, Instant finishedAt,
                         String error) {
    }

    /** Called when a rebuild has caught up and is about to swap; tests hold the swap here. */
    public interface BeforeSwap {
        void await(String view) throws InterruptedException;
    }

    public static final String SHADOW_SUFFIX = "__rebuild";
    private static final String PROCESSOR_SUFFIX = ".rebuild";
    /** Larger than the live processors' batches: a rebuild reads a long way behind the head. */
    private static final int BATCH = 1_000;
    private static final Duration POLL = Duration.ofMillis(100);
    /** How long the swap waits for the new view to reach the stopped live processor (normally a few batches). */
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(ViewRebuilds.class);

    private final Map<String, RebuildableView> views = new LinkedHashMap<>();
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final EventProcessingConfiguration processing;
    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final EventStorageEngine engine;
    private final TokenStore tokens;
    private final MongoEventStorage storage;
    private final MongoDatabase database;
    private final TransactionManager transactions;
    private final BeforeSwap beforeSwap;
    private final Clock clock;

    ViewRebuilds(List<RebuildableView> rebuildable, EventProcessingConfiguration processing, EventStore eventStore,
                 EventStorageEngine engine, TokenStore tokens, MongoEventStorage storage, MongoDatabase database,
                 ObjectProvider<TransactionManager> transactions, ObjectProvider<BeforeSwap> beforeSwap, Clock clock) {
        rebuildable.forEach(view -> views.put(view.name(), view));
        this.processing = processing;
        this.events = eventStore;
        this.engine = engine;
        this.tokens = tokens;
        this.storage = storage;
        this.database = database;
        this.transactions = transactions.getIfAvailable(() -> NoTransactionManager.INSTANCE);
        this.beforeSwap = beforeSwap.getIfAvailable(() -> view -> {
        });
        this.clock = clock;
        dropLeftovers();
    }

    /**
     * Drops what rebuilds cut short by a restart left (shadow collections and tokens): the live views and their
     * processors never depended on them. Run at start, before the processors.
     */
    public void dropLeftovers() {
        views.values().stream().filter(view -> rebuilds.get(view.name()) == null || !rebuilds.get(view.name()).isActive())
                .forEach(this::dropShadow);
    }

    public Status start(String name) {
        RebuildableView view = view(name);
        synchronized (this) {
            Rebuild running = rebuilds.get(name);
            if (running != null && running.isActive()) {
                throw new Conflict("rebuild-running");
            }
            dropShadow(view);
            Rebuild rebuild = new Rebuild(view);
            rebuilds.put(name, rebuild);
            rebuild.begin();
            return rebuild.status();
        }
    }

    public Status status(String name) {
        RebuildableView view = view(name);
        Rebuild rebuild = rebuilds.get(name);
        return rebuild != null ? rebuild.status()
                : new Status(name, view.processingGroup(), State.NONE, 0, -1, head(), 0, null, null, null, null);
    }

    /** Stops a rebuild that is still building and drops what it built; the live view is untouched. */
    public Status abort(String name) {
        view(name);
        Rebuild rebuild = rebuilds.get(name);
        if (rebuild == null || !rebuild.abort()) {
            throw new Conflict("rebuild-not-running");
        }
        return rebuild.status();
    }

    /** Stops running rebuilds when the service stops; what they built is dropped at the next start. */
    @jakarta.annotation.PreDestroy
    public void stop() {
        rebuilds.values().forEach(Rebuild::stop);
    }

    private RebuildableView view(String name) {
        RebuildableView view = views.get(name);
        if (view == null) {
            throw new NotFound();
        }
        return view;
    }

    private static String shadowProcessor(RebuildableView view) {
        return view.processingGroup() + PROCESSOR_SUFFIX;
    }

    private void dropShadow(RebuildableView view) {
        // The embedded server answers the drop of a missing collection with an error it logs: drop only those there.
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        for (String collection : view.collections()) {
            if (existing.contains(collection + SHADOW_SUFFIX)) {
                database.getCollection(collection + SHADOW_SUFFIX).drop();
            }
            database.getCollection(MongoViewStore.KEYS_COLLECTION).deleteOne(eq("_id", collection + SHADOW_SUFFIX));
        }
        storage.deleteTokens(shadowProcessor(view));
    }

    private long head() {
        return position(engine.createHeadToken());
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** One rebuild of one view; its state changes under its own lock. */
    private final class Rebuild {

        private final RebuildableView view;
        private final Instant startedAt = Instant.now(clock);
        private final long startedNanos = System.nanoTime();
        private final Thread monitor;
        private TrackingEventProcessor shadow;
        private State state = State.BUILDING;
        private Instant finishedAt;
        private long finishedNanos;
        private volatile long finalPosition = -1;
        private long caughtUpNanos;
        private long caughtUpPosition = -1;
        private String error;

        Rebuild(RebuildableView view) {
            this.view = view;
            this.monitor = new Thread(this::watch, "rebuild-" + view.name());
            monitor.setDaemon(true);
        }

        void begin() {
            shadow = TrackingEventProcessor.builder()
                    .name(shadowProcessor(view))
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                            .eventHandlers(view.projection().apply(SHADOW_SUFFIX))
                            // A failure fails the rebuild instead of leaving a view with an event left out.
                            .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                            .build())
                    .messageSource(events)
                    .tokenStore(tokens)
                    .transactionManager(transactions)
                    .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing()
                            .andBatchSize(BATCH)
                            .andEventAvailabilityTimeout(POLL.toMillis(), TimeUnit.MILLISECONDS)
                            .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                    .build();
            shadow.registerHandlerInterceptor(BatchedViewWrites.interceptor());
            shadow.start();
            monitor.start();
            log.info("Rebuild of view {} started", view.name());
        }

        synchronized boolean isActive() {
            return state == State.BUILDING || state == State.SWAPPING;
        }

        synchronized Status status() {
            long head = head();
            long position = isActive() ? shadowPosition() : finalPosition;
            long processed = position + 1;
            // The rate of the build itself: up to when it caught up, not the swap or a wait after it.
            long built = caughtUpNanos != 0 ? caughtUpPosition + 1 : processed;
            long elapsed = (caughtUpNanos != 0 ? caughtUpNanos : isActive() ? System.nanoTime() : finishedNanos)
                    - startedNanos;
            double rate = elapsed > 0 ? built * 1e9 / elapsed : 0;
            Double eta = state == State.BUILDING && rate > 0 ? Math.max(0, head - position) / rate : null;
            return new Status(view.name(), view.processingGroup(), state, processed, position, head,
                    Math.round(rate * 10) / 10.0, eta, startedAt, finishedAt, error);
        }

        private long shadowPosition() {
            if (shadow == null) {
                return -1;
            }
            return shadow.processingStatus().values().stream().map(EventTrackerStatus::getTrackingToken)
                    .mapToLong(ViewRebuilds::position).min().orElse(-1);
        }

        /** The processor's own word first: the store's head (two lookups) is asked only once it found nothing new. */
        private boolean caughtUp() {
            Map<Integer, EventTrackerStatus> status = shadow.processingStatus();
            return !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp)
                    && shadowPosition() >= head();
        }

        private void watch() {
            try {
                while (true) {
                    synchronized (this) {
                        if (state != State.BUILDING) {
                            return;
                        }
                    }
                    if (shadow.isError()) {
                        throw new IllegalStateException("The rebuild's processor failed");
                    }
                    if (caughtUp()) {
                        synchronized (this) {
                            caughtUpPosition = shadowPosition();
                            caughtUpNanos = System.nanoTime();
                        }
                        beforeSwap.await(view.name());
                        synchronized (this) {
                            if (state != State.BUILDING) {
                                return;
                            }
                            state = State.SWAPPING;
                        }
                        swap();
                        return;
                    }
                    Thread.sleep(POLL.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                fail(e);
            }
        }

        private void swap() {
            StreamingEventProcessor live = processing
                    .eventProcessor(view.processingGroup(), StreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("No processor " + view.processingGroup()));
            live.shutDown();
            try {
                long livePosition = storage.storedPosition(view.processingGroup()).orElse(-1);
                long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
                while (shadowPosition() < livePosition) {
                    if (shadow.isError() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("The rebuild did not reach the live view's position");
                    }
                    Thread.sleep(10);
                }
                shadow.shutDown();
                for (String collection : view.collections()) {
                    database.getCollection(collection + SHADOW_SUFFIX).renameCollection(
                            new MongoNamespace(database.getName(), collection),
                            new RenameCollectionOptions().dropTarget(true));
                    database.getCollection(MongoViewStore.KEYS_COLLECTION)
                            .deleteOne(eq("_id", collection + SHADOW_SUFFIX));
                    // The live processor's cache holds views of the collection just replaced.
                    CachedViewStore.invalidate(collection);
                }
                String shadowName = shadowProcessor(view);
                TrackingToken token = tokens.fetchToken(shadowName, 0);
                tokens.storeToken(token, view.processingGroup(), 0);
                tokens.releaseClaim(view.processingGroup(), 0);
                storage.deleteTokens(shadowName);
                synchronized (this) {
                    finalPosition = position(token);
                    finish(State.DONE, null);
                }
                log.info("Rebuild of view {} swapped in at position {}", view.name(), finalPosition);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            } catch (RuntimeException e) {
                fail(e);
            } finally {
                live.start();
            }
        }

        private void fail(Exception e) {
            // Only the exception's class: a message may quote a view or an event, which can hold personal data.
            log.warn("Rebuild of view {} failed: {}", view.name(), e.getClass().getName());
            finalPosition = shadowPosition();
            shadow.shutDown();
            dropShadow(view);
            synchronized (this) {
                finish(State.FAILED, e.getClass().getSimpleName());
            }
        }

        boolean abort() {
            synchronized (this) {
                if (state != State.BUILDING) {
                    return false;
                }
                finalPosition = shadowPosition();
                finish(State.FAILED, "aborted");
            }
            monitor.interrupt();
            shadow.shutDown();
            dropShadow(view);
            log.info("Rebuild of view {} aborted", view.name());
            return true;
        }

        void stop() {
            synchronized (this) {
                if (state != State.BUILDING) {
                    return; // a swap under way finishes: the live processor must start again
                }
                finalPosition = shadowPosition();
                finish(State.FAILED, "stopped");
            }
            monitor.interrupt();
            shadow.shutDown();
        }

        private void finish(State state, String error) {
            this.finishedNanos = System.nanoTime();
            this.finishedAt = Instant.now(clock);
            this.state = state;
            this.error = error;
        }
    }
}
