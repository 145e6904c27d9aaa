package jp.yui.app.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Read-your-writes for the API: after a command that creates something, wait until its view shows it, so a client
 * that got 201 can use the new resource in its next request. Views are kept by tracking processors a few
 * milliseconds behind the event store.
 */
public final class Views {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Views() {
    }

    public static <T> Optional<T> awaitPresent(Supplier<Optional<T>> lookup) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Optional<T> found = lookup.get();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
            found = lookup.get();
        }
        return found;
    }
}
