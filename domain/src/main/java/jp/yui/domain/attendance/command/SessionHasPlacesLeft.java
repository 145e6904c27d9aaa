package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/**
 * 定員: the registrant and companions fit in the places not yet taken or offered; otherwise the caller asks for the
 * waitlist.
 */
record SessionHasPlacesLeft(int capacity, int taken, int party) implements BusinessRule {

    @Override
    public boolean holds() {
        return taken + party <= capacity;
    }

    @Override
    public String explanation() {
        return "The session is full";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
