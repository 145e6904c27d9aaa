package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** A cancelled booking stays cancelled: it is not changed, cancelled again or ridden. */
record BookingIsActive(boolean cancelled) implements BusinessRule {

    @Override
    public boolean holds() {
        return !cancelled;
    }

    @Override
    public String explanation() {
        return "The booking has been cancelled";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
