package jp.yui.app.web;

import org.springframework.http.HttpStatus;

/**
 * A request refused by a check outside the aggregates (HTTP 409 when the records refuse it, 422 when it names
 * something that is not there), named by its problem code, e.g. {@code member-number-taken}.
 */
public final class Conflict extends RuntimeException {

    private final String code;
    private final HttpStatus status;

    public Conflict(String code) {
        this(HttpStatus.CONFLICT, code);
    }

    public Conflict(HttpStatus status, String code) {
        super(code, null, false, false);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }
}
