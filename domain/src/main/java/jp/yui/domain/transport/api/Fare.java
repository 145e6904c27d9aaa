package jp.yui.domain.transport.api;

/**
 * The fare a booking was given, kept with the booking so a later fare change does not alter it. An override of the
 * table's price needs a reason; extra charges (迎車・待機・介助) are kept apart from the fare.
 */
public record Fare(int yen, Integer tableYen, String overrideReason, int extraChargesYen, String extraChargesNote) {

    public static final Fare NONE = new Fare(0, 0, null, 0, null);

    public static Fare fromTable(int yen) {
        return new Fare(yen, yen, null, 0, null);
    }

    /** The fare is not the table's price. Not a bean-style name: no {@code "overridden"} field in JSON. */
    public boolean overridesTable() {
        return tableYen == null || tableYen != yen;
    }

    public int totalYen() {
        return yen + extraChargesYen;
    }
}
