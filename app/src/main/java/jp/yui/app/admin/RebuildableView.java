package jp.yui.app.admin;

import java.util.List;
import java.util.function.Function;

/**
 * A view that can be rebuilt from the events while the live one keeps answering (see {@link ViewRebuilds}).
 *
 * @param name            its name in the admin API, e.g. {@code runs}
 * @param processingGroup the event processor that keeps the live view
 * @param collections     the collections the view owns; a rebuild writes each under the same name plus a suffix
 * @param projection      a new instance of the projection class, writing to its collections with the given name
 *                        suffix ({@code ""} being the live ones)
 */
public record RebuildableView(String name, String processingGroup, List<String> collections,
                              Function<String, Object> projection) {

    public RebuildableView {
        collections = List.copyOf(collections);
    }
}
