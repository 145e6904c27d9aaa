package jp.yui.domain.shared.query;

import java.util.List;
import java.util.Optional;

/**
 * Where a projection keeps its views: one document per view under its id, tagged with its organization. Saving
 * replaces the whole view, so a projection that derives the new view from the old one and the event by keyed
 * replacement (never by counting up) is idempotent. Implemented in infra.
 */
public interface ViewStore<V> {

    Optional<V> find(String id);

    /** The views of one organization, in id order. */
    List<V> findByOrganization(String organizationId);

    /**
     * The views of one organization that have {@code value} under the {@link ViewKey} named {@code key} (declared when
     * the store was made), in id order: one index lookup, whatever the number of the organization's views.
     */
    List<V> findBy(String organizationId, String key, String value);

    void save(String id, String organizationId, V view);

    void deleteAll();
}
