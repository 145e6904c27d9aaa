package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.RideOutcome;

/** A rider gets off only after boarding, boards once, and is not marked absent after boarding. */
record RiderBoardedBeforeDropOff(RideOutcome current, RideOutcome next) implements BusinessRule {

    @Override
    public boolean holds() {
        return switch (next) {
            case BOARDED, NO_SHOW -> current == null;
            case DROPPED_OFF -> current == RideOutcome.BOARDED;
        };
    }

    @Override
    public String explanation() {
        return "A rider boards once, is marked absent only before boarding, and gets off after boarding";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
