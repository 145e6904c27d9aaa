package jp.yui.infra.readmodel;

import java.util.List;
import java.util.Optional;

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
        return cache.find(id, () -> store.find(id));
    }

    @Override
    public List<V> findByOrganization(String organizationId) {
        return store.findByOrganization(organizationId);
    }

    @Override
    public List<V> findBy(String organizationId, String key, String value) {
        return store.findBy(organizationId, key, value);
    }

    @Override
    public void save(String id, String organizationId, V view) {
        store.save(id, organizationId, view);
        cache.saved(id, view);
    }

    @Override
    public void deleteAll() {
        store.deleteAll();
        cache.deletedAll();
    }

    int cached() {
        return cache.size();
    }
}
