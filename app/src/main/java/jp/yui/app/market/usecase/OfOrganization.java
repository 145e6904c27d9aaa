package jp.yui.app.market.usecase;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import jp.yui.app.web.Views;
import jp.yui.domain.shared.query.ViewStore;

/**
 * A view of the organization's, looked up by id. One that is not there yet may be on its way (created by the request
 * before, the view a few milliseconds behind), so it is waited for; one of another organization is not.
 */
final class OfOrganization {

    private OfOrganization() {
    }

    static <V> Optional<V> find(ViewStore<V> store, String id, String org, Function<V, String> organizationOf,
                                Predicate<V> ready) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<V> now = store.find(id);
        if (now.isPresent() && !org.equals(organizationOf.apply(now.get()))) {
            return Optional.empty();
        }
        if (now.isPresent() && ready.test(now.get())) {
            return now;
        }
        return Views.awaitPresent(() -> store.find(id).filter(v -> org.equals(organizationOf.apply(v)))
                .filter(ready));
    }

    static <V> Optional<V> find(ViewStore<V> store, String id, String org, Function<V, String> organizationOf) {
        return find(store, id, org, organizationOf, v -> true);
    }
}
