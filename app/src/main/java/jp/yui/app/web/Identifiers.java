package jp.yui.app.web;

/** Shapes of identifiers accepted in paths and bodies; anything else is refused before it reaches a command. */
public final class Identifiers {

    /** Organization and service ids: lower-case words joined by hyphens, e.g. {@code minato}, {@code minato-bus}. */
    public static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    public static final String RUN_ID = "Run:" + UUID;

    public static final String BOOKING_ID = "Booking:" + UUID;

    private Identifiers() {
    }
}
