package jp.yui.domain.transport.command;

import java.util.Set;

import jp.yui.domain.shared.BusinessRule;

/** A booking id is used once: a retried request never takes a second seat. */
record BookingIsNew(Set<String> bookingsOnRun, String bookingId) implements BusinessRule {

    @Override
    public boolean holds() {
        return !bookingsOnRun.contains(bookingId);
    }

    @Override
    public String explanation() {
        return "This booking is already on the run";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
