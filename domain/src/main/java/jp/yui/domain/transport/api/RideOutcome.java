package jp.yui.domain.transport.api;

/** What happened to a booked rider at the car door. */
public enum RideOutcome {
    /** 乗車. */
    BOARDED,
    /** いない: not at the pickup. */
    NO_SHOW,
    /** 降車. */
    DROPPED_OFF
}
