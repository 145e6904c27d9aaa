package jp.yui.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jp.yui.domain.shared.query.ViewStore;

/** A view store in a map, for unit tests of code that reads views without starting the service. */
public final class InMemoryViewStore<V> implements ViewStore<V> {

    private record Entry<V>(String organizationId, V view) {
    }

    private final Map<String, Entry<V>> views = new TreeMap<>();

    @Override
    public Optional<V> find(String id) {
        return Optional.ofNullable(views.get(id)).map(Entry::view);
    }

    @Override
    public List<V> findByOrganization(String organizationId) {
        return views.values().stream().filter(e -> e.organizationId().equals(organizationId)).map(Entry::view)
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
}
