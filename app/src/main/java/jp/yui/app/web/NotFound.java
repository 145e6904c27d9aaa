package jp.yui.app.web;

/** A resource that does not exist, or not for this organization (the two are not told apart). */
public final class NotFound extends RuntimeException {

    public NotFound() {
        super("Not found", null, false, false);
    }
}
