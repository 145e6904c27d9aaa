package jp.yui.domain.transport.command;

import java.util.Map;

import jp.yui.domain.shared.BusinessRule;

/** A change, cancellation or outcome names a booking this run has. */
record BookingIsOnRun(Map<String, ?> bookings, String bookingId) implements BusinessRule {

    @Override
    public boolean holds() {
        return bookings.containsKey(bookingId);
    }

    @Override
    public String explanation() {
        return "The run has no such booking";
    }
}
