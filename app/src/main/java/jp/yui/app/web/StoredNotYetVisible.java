package jp.yui.app.web;

/**
 * A command was stored but its view did not show it within the wait: answered 202 with the id, because the events
 * are durable (a 2xx) even though the view lags (e.g. while a large import runs).
 */
public final class StoredNotYetVisible extends RuntimeException {

    private final String id;

    public StoredNotYetVisible(String id) {
        super("Stored, view not updated yet", null, false, false);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
