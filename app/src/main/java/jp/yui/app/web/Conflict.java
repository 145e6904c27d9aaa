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

    /** 422: the request names something that is not there, or breaks a rule by itself. */
    public static Conflict unprocessable(String code) {
        return new Conflict(HttpStatus.UNPROCESSABLE_ENTITY, code);
    }

    /** 400: the request cannot be read as asked (e.g. a period that is no period). */
    public static Conflict badRequest(String code) {
        return new Conflict(HttpStatus.BAD_REQUEST, code);
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }
}
