package jp.yui.app.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Aggregates kept in memory between commands, at most {@code capacity} of them, the least recently used going
 * first. Axon's caching repository keeps an aggregate here after each command and drops it when a unit of work rolls
 * back, e.g. when another node took the next sequence number first, so the retry loads fresh state from the store.
 *
 * <p>Why not Axon's {@code WeakReferenceCache}: the repository puts a new entry after every command, and a young
 * entry that is only weakly held is gone at the next young collection, which under booking load comes every few
 * hundred milliseconds. A count bound keeps the hit rate predictable and the memory bounded without a cache library
 * (Axon adapts only Ehcache and JCache).
 */
final class BoundedAggregateCache implements Cache {

    private final Map<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    BoundedAggregateCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                if (size() <= capacity) {
                    return false;
                }
                tell(l -> l.onEntryExpired(eldest.getKey()));
                return true;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value != null) {
            tell(l -> l.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public synchronized void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        Object previous = entries.put(key, value);
        tell(previous == null ? l -> l.onEntryCreated(key, value) : l -> l.onEntryUpdated(key, value));
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public synchronized <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return Cache.super.computeIfAbsent(key, valueSupplier);
    }

    @Override
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Cache.super.computeIfPresent(key, update);
    }

    @Override
    public synchronized boolean remove(Object key) {
        if (entries.remove(key) == null) {
            return false;
        }
        tell(l -> l.onEntryRemoved(key));
        return true;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    synchronized int size() {
        return entries.size();
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void tell(Consumer<EntryListener> event) {
        listeners.forEach(event);
    }
}
