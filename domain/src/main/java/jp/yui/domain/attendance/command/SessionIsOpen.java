package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** Nothing is recorded on a closed session, and it closes once. */
record SessionIsOpen(boolean closed) implements BusinessRule {

    @Override
    public boolean holds() {
        return !closed;
    }

    @Override
    public String explanation() {
        return "The session is closed";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
