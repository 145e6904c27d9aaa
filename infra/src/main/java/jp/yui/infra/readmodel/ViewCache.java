package jp.yui.infra.readmodel;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What the only writer of a view collection — its event processor — last saved or read there, so that handling an
 * event does not ask the store again for a view it has in hand. Valid because each view collection has exactly one
 * writer (its processor, single segment, in the one process that opens the embedded store): use it only with the
 * embedded store, never with {@code MONGODB_URI}, where another node may take the segment over.
 *
 * <p>Only the processor's thread uses it, inside its unit of work: reads outside one (requests) go to the store, which
 * may lag the cache by a batch not written yet. Bounded: the least recently used entries go beyond {@code capacity}.
 * Entries are the domain's objects (immutable records), so a hit costs no decoding. A collection known to start empty
 * (a rebuild's shadow, a live view before its processor first ran) also remembers the ids saved since, so that an id
 * never saved is known to be absent without a read — up to {@link #SAVED_LIMIT} ids, then misses are read again.
 *
 * <p>Forgotten: when the unit of work rolls back (what it saved may not be written), on {@code deleteAll}, and when
 * something else changes the collection ({@link #invalidate}, e.g. a rebuild swapping a new collection in).
 */
final class ViewCache<T> {

    /** Ids remembered as saved in a collection that started empty (about 100 bytes each). */
    static final int SAVED_LIMIT = 200_000;

    private static final Object ABSENT = new Object();
    private static final AtomicLong IDS = new AtomicLong();
    private static final Set<ViewCache<?>> ALL = Collections.synchronizedSet(Collections.newSetFromMap(
            new WeakHashMap<>()));

    private final String collection;
    private final String rollbackKey;
    private final Map<String, Object> entries;
    private Set<String> saved;

    ViewCache(String collection, int capacity, boolean startsEmpty) {
        this.collection = collection;
        this.rollbackKey = ViewCache.class.getName() + "#" + nextId() + ":" + collection;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        };
        this.saved = startsEmpty ? new HashSet<>() : null;
        ALL.add(this);
    }

    /** A number no other cache or store of this process has, for the resources it keeps in a unit of work. */
    static long nextId() {
        return IDS.incrementAndGet();
    }

    /** Forgets what every cache of {@code collection} holds, e.g. after the collection was replaced or changed. */
    static void invalidate(String collection) {
        List<ViewCache<?>> caches;
        synchronized (ALL) {
            caches = ALL.stream().filter(c -> c.collection.equals(collection)).toList();
        }
        caches.forEach(ViewCache::forgetAll);
    }

    /**
     * The value under {@code id}: from the cache inside a unit of work, else (and on a miss) from {@code read}, whose
     * answer is kept.
     */
    @SuppressWarnings("unchecked")
    Optional<T> find(String id, Supplier<Optional<T>> read) {
        if (!CurrentUnitOfWork.isStarted()) {
            return read.get();
        }
        watchRollback();
        synchronized (this) {
            Object cached = entries.get(id);
            if (cached != null) {
                return cached == ABSENT ? Optional.empty() : Optional.of((T) cached);
            }
            if (saved != null && !saved.contains(id)) {
                return Optional.empty();
            }
        }
        Optional<T> found = read.get();
        synchronized (this) {
            entries.put(id, found.isPresent() ? found.get() : ABSENT);
        }
        return found;
    }

    /** What the cache holds under {@code id} inside a unit of work, without reading; empty if nothing. */
    @SuppressWarnings("unchecked")
    Optional<T> cached(String id) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        watchRollback();
        synchronized (this) {
            Object cached = entries.get(id);
            return cached == null || cached == ABSENT ? Optional.empty() : Optional.of((T) cached);
        }
    }

    /** {@code value} was saved under {@code id} (in the current unit of work, or written at once outside one). */
    void saved(String id, T value) {
        boolean inUnitOfWork = CurrentUnitOfWork.isStarted();
        if (inUnitOfWork) {
            watchRollback();
        }
        synchronized (this) {
            if (inUnitOfWork) {
                entries.put(id, value);
            } else {
                entries.remove(id);
            }
            if (saved != null) {
                saved.add(id);
                if (saved.size() > SAVED_LIMIT) {
                    saved = null;
                }
            }
        }
    }

    /** The collection was emptied: nothing in it now. */
    synchronized void deletedAll() {
        entries.clear();
        saved = new HashSet<>();
    }

    /** Forgets the values; what was saved stays remembered (a superset of what the store has, so still right). */
    synchronized void forgetValues() {
        entries.clear();
    }

    /** Forgets everything, also that the collection started empty. */
    synchronized void forgetAll() {
        entries.clear();
        saved = null;
    }

    synchronized int size() {
        return entries.size();
    }

    private void watchRollback() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        root.getOrComputeResource(rollbackKey, key -> {
            root.onRollback(u -> forgetValues());
            return Boolean.TRUE;
        });
    }
}
