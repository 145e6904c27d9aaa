package jp.yui.domain.shared.query;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A question a view store answers by lookup rather than by reading all of an organization's views: a name, and the
 * values a view has under it (none, one, or several, such as each of a resident's phone numbers). Stores keep the
 * values beside each view and index them with the organization.
 */
public record ViewKey<V>(String name, Function<V, Collection<String>> values) {

    public ViewKey {
        Objects.requireNonNull(values);
        if (!name.matches("[a-zA-Z][a-zA-Z0-9]{0,39}")) {
            throw new IllegalArgumentException("A view key is named by letters and digits: " + name);
        }
    }

    /** A key with one value per view ({@code null} for none), written as text (dates as ISO). */
    public static <V> ViewKey<V> of(String name, Function<V, ?> value) {
        return new ViewKey<>(name, view -> {
            Object v = value.apply(view);
            return v == null ? List.of() : List.of(v.toString());
        });
    }
}
