package jp.yui.app.web;

/** Shapes of identifiers accepted in paths and bodies; anything else is refused before it reaches a command. */
public final class Identifiers {

    /** Organization and service ids: lower-case words joined by hyphens, e.g. {@code minato}, {@code minato-bus}. */
    public static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    public static final String RUN_ID = "Run:" + UUID;

    public static final String BOOKING_ID = "Booking:" + UUID;

    public static final String VEHICLE_ID = "Vehicle:" + UUID;

    public static final String DRIVER_ID = "Driver:" + UUID;

    public static final String RESIDENT_ID = "Resident:" + UUID;

    public static final String RECURRING_ID = "RecurringBooking:" + UUID;

    public static final String PRODUCER_ID = "Producer:" + UUID;

    public static final String PRODUCT_ID = "Product:" + UUID;

    public static final String SALES_POINT_ID = "SalesPoint:" + UUID;

    public static final String TILL_ID = "Till:" + UUID;

    public static final String TILL_SESSION_ID = "TillSession:" + UUID;

    public static final String SETTLEMENT_ID = "Settlement:" + UUID;

    public static final String EVENT_SERIES_ID = "EventSeries:" + UUID;

    public static final String EVENT_SESSION_ID = "EventSession:" + UUID;

    public static final String REGISTRATION_ID = "Registration:" + UUID;

    /** A producer's number or a product's code (the label's): letters, digits, hyphens. */
    public static final String MARKET_CODE = "[A-Za-z0-9-]{1,20}";

    /** A line of a sale, numbered by the till: letters, digits, hyphens. */
    public static final String SALE_LINE_ID = "[A-Za-z0-9-]{1,64}";

    /** A receipt number as the till prints it ({@code yyyyMMdd-…-n}). */
    public static final String RECEIPT_NUMBER = "[A-Za-z0-9-]{1,40}";

    /** Ids made by a client for its own actions (a driver's phone), e.g. a UUID: letters, digits, hyphens. */
    public static final String CLIENT_ACTION_ID = "[A-Za-z0-9-]{8,64}";

    private Identifiers() {
    }
}
