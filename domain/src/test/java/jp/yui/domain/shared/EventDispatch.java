package jp.yui.domain.shared;

/** Calls a projection's package-private {@code on(Event)} handler, as Axon does, for projection tests. */
public final class EventDispatch {

    private EventDispatch() {
    }

    public static void dispatch(Object projection, Object event) {
        try {
            var method = projection.getClass().getDeclaredMethod("on", event.getClass());
            method.setAccessible(true);
            method.invoke(projection, event);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
