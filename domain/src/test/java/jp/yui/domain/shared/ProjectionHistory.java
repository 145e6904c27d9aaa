package jp.yui.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.axonframework.eventhandling.EventHandler;

/**
 * Idempotency checks for projections. Events are delivered at least once: one event may come twice in a row, and a
 * tracking processor that fails before storing its token delivers again every event after the last stored token,
 * in order. Either way the views must end as delivering the history once left them.
 */
public final class ProjectionHistory {

    private ProjectionHistory() {
    }

    /** The event types the projection handles that the history has no event of. */
    public static List<String> handledButMissing(Class<?> projection, List<Object> history) {
        return Arrays.stream(projection.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(EventHandler.class))
                .map(m -> m.getParameterTypes()[0])
                .filter(type -> history.stream().noneMatch(type::isInstance))
                .map(Class::getSimpleName).sorted().toList();
    }

    /**
     * Asserts that the history has an event for every handler of the projection, and that delivering each event
     * twice in a row, or the history and then again any tail of it (from every position), gives the same state as
     * delivering it once.
     *
     * @param newStores  fresh, empty stores for one run of the history
     * @param projection the projection over those stores
     * @param state      what is compared, read from the stores
     */
    public static <S> void assertRedeliveryChangesNothing(Class<?> projectionType, Supplier<S> newStores,
                                                          Function<S, Object> projection, Function<S, Object> state,
                                                          List<Object> history) {
        assertThat(handledButMissing(projectionType, history)).as("handlers without an event in the history")
                .isEmpty();
        S once = newStores.get();
        deliver(projection.apply(once), history);
        Object expected = state.apply(once);
        S doubled = newStores.get();
        Object d = projection.apply(doubled);
        history.forEach(e -> deliver(d, List.of(e, e)));
        assertThat(state.apply(doubled)).as("each event twice in a row").isEqualTo(expected);
        for (int from = 0; from < history.size(); from++) {
            S replayed = newStores.get();
            Object p = projection.apply(replayed);
            deliver(p, history);
            deliver(p, history.subList(from, history.size()));
            assertThat(state.apply(replayed)).as("history, then again from event %d (%s)", from,
                    history.get(from).getClass().getSimpleName()).isEqualTo(expected);
        }
    }

    private static void deliver(Object projection, List<Object> events) {
        events.forEach(e -> EventDispatch.dispatch(projection, e));
    }
}
