package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** Riders, fares and the end of the duty are recorded while the duty is on: after its start, before its end. */
record DutyIsInProgress(boolean started, boolean ended) implements BusinessRule {

    @Override
    public boolean holds() {
        return started && !ended;
    }

    @Override
    public String explanation() {
        return started ? "The duty has already ended" : "The duty has not started";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
