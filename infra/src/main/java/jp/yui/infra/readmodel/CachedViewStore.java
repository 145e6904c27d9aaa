package jp.yui.infra.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import jp.yui.domain.shared.query.ViewStore;

/**
 * A {@link ViewStore} with a {@link ViewCache} in front, for its processor: a view it saved or read is found again
 * without a round trip to the store, and in a collection that started empty an id never saved is known to be absent.
 * Saves still go to the store (written with the batch, see {@link BatchedViewWrites}); lookups by organization or key
 * always ask the store. Only with the embedded store (see {@link ViewCache}).
 */
public final class CachedViewStore<V> implements ViewStore<V> {

    /** Views kept per collection: a few thousand runs of a few KB each stay well within a 512 MB heap. */
    public static final int CAPACITY = 5_000;

    private final ViewStore<V> store;
    private final ViewCache<V> cache;
    private final String heldKey = CachedViewStore.class.getName() + "#" + ViewCache.nextId();

    /**
     * @param collection  the store's collection, by which {@link #invalidate} finds the cache
     * @param startsEmpty whether the collection is known to hold nothing now (a rebuild's new collection)
     */
    public CachedViewStore(ViewStore<V> store, String collection, boolean startsEmpty) {
        this(store, collection, startsEmpty, CAPACITY);
    }

    CachedViewStore(ViewStore<V> store, String collection, boolean startsEmpty, int capacity) {
        this.store = store;
        this.cache = new ViewCache<>(collection, capacity, startsEmpty);
    }

    /** Something other than the collection's processor changed or replaced it: every cache of it forgets. */
    public static void invalidate(String collection) {
        ViewCache.invalidate(collection);
    }

    @Override
    public Optional<V> find(String id) {
        Map<String, Saved<V>> held = held(false);
        Saved<V> saved = held == null ? null : held.get(id);
        return saved != null ? Optional.of(saved.view()) : cache.find(id, () -> store.find(id));
    }

    @Override
    public List<V> findByOrganization(String organizationId) {
        return store.findByOrganization(organizationId);
    }

    @Override
    public List<V> findBy(String organizationId, String key, String value) {
        return store.findBy(organizationId, key, value);
    }

    /**
     * Inside a unit of work the view is held until the batch's views are written (or a query must see them): a view
     * saved again and again in one batch (a run and its bookings) is encoded once, its last version.
     */
    @Override
    public void save(String id, String organizationId, V view) {
        Map<String, Saved<V>> held = held(true);
        if (held != null) {
            held.put(id, new Saved<>(organizationId, view));
        } else {
            store.save(id, organizationId, view);
        }
        cache.saved(id, view);
    }

    @Override
    public void deleteAll() {
        Map<String, Saved<V>> held = held(false);
        if (held != null) {
            held.clear();
        }
        store.deleteAll();
        cache.deletedAll();
    }

    private record Saved<V>(String organizationId, V view) {
    }

    /** The views held in the current unit of work ({@code null} outside one, or none yet and not {@code create}). */
    private Map<String, Saved<V>> held(boolean create) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<String, Saved<V>> held = root.getResource(heldKey);
        if (held == null && create) {
            held = new LinkedHashMap<>();
            root.resources().put(heldKey, held);
            BatchedViewWrites.beforeWrites(heldKey, this::writeHeld);
        }
        return held;
    }

    /** Hands the held views to the store, which writes them with the batch. */
    private void writeHeld() {
        Map<String, Saved<V>> held = held(false);
        if (held == null || held.isEmpty()) {
            return;
        }
        List<Map.Entry<String, Saved<V>>> views = List.copyOf(held.entrySet());
        held.clear();
        views.forEach(e -> store.save(e.getKey(), e.getValue().organizationId(), e.getValue().view()));
    }

    int cached() {
        return cache.size();
    }
}
