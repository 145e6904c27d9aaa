package jp.yui.domain.shared.query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

/** A {@link ViewStore} in a map: for projection tests and tools that need no database. */
public final class InMemoryViewStore<V> implements ViewStore<V> {

    private record Entry<V>(String organizationId, V view) {
    }

    private final Map<String, Entry<V>> views = new ConcurrentSkipListMap<>();
    private final Map<String, ViewKey<V>> keys;

    @SafeVarargs
    public InMemoryViewStore(ViewKey<V>... keys) {
        this.keys = Arrays.stream(keys).collect(Collectors.toMap(ViewKey::name, k -> k));
    }

    @Override
    public Optional<V> find(String id) {
        return Optional.ofNullable(views.get(id)).map(Entry::view);
    }

    @Override
    public List<V> findByOrganization(String organizationId) {
        return views.values().stream().filter(e -> e.organizationId().equals(organizationId)).map(Entry::view).toList();
    }

    @Override
    public List<V> findBy(String organizationId, String key, String value) {
        ViewKey<V> viewKey = keys.get(key);
        if (viewKey == null) {
            throw new IllegalArgumentException("No view key " + key);
        }
        return findByOrganization(organizationId).stream().filter(v -> viewKey.values().apply(v).contains(value))
                .toList();
    }

    @Override
    public void save(String id, String organizationId, V view) {
        views.put(id, new Entry<>(organizationId, view));
    }

    @Override
    public void deleteAll() {
        views.clear();
    }

    public int size() {
        return views.size();
    }
}
