package jp.yui.app.web;

/** A request the current records refuse (HTTP 409), named by its problem code, e.g. {@code member-number-taken}. */
public final class Conflict extends RuntimeException {

    private final String code;

    public Conflict(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
