package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** A cancelled registration does not check in: the person registers again or comes as a walk-in. */
record RegistrationIsNotCancelled(boolean cancelled) implements BusinessRule {

    @Override
    public boolean holds() {
        return !cancelled;
    }

    @Override
    public String explanation() {
        return "The registration was cancelled";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
