package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/**
 * A resident is counted through the door once per session: a registered resident checks in by the registration, not
 * as a walk-in, and nobody already in (not undone) comes in again under another id.
 */
record ResidentComesInOnce(boolean registeredOrAlreadyIn) implements BusinessRule {

    @Override
    public boolean holds() {
        return !registeredOrAlreadyIn;
    }

    @Override
    public String explanation() {
        return "The resident is registered or already checked in for this session";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
