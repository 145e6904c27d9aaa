package jp.yui.domain.transport.api;

/** RidePilot's outcome codes for a cancelled trip, decided from when the cancellation came. */
public enum CancellationKind {
    /** Before the booking deadline. */
    CANCELLED,
    /** After the deadline, before the day of the ride. */
    LATE_CANCEL,
    /** On the day of the ride. */
    SAME_DAY_CANCEL
}
