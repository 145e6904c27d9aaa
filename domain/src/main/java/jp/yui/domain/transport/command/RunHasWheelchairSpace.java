package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** 車いすスペース: a wheelchair rider needs a free wheelchair space on the run's vehicle. */
record RunHasWheelchairSpace(int spaces, int taken, int requested) implements BusinessRule {

    @Override
    public boolean holds() {
        return taken + requested <= spaces;
    }

    @Override
    public String explanation() {
        return "The run has " + Math.max(0, spaces - taken) + " wheelchair spaces left, " + requested + " requested";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
