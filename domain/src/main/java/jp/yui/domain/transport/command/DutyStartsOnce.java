package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** A run's duty starts once. */
record DutyStartsOnce(boolean started) implements BusinessRule {

    @Override
    public boolean holds() {
        return !started;
    }

    @Override
    public String explanation() {
        return "The duty of this run has already started";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
