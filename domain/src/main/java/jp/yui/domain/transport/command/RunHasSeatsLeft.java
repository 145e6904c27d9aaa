package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** 定員: never more passengers on a run than it has seats, however many operators book at once. */
record RunHasSeatsLeft(int seats, int seatsTaken, int requested) implements BusinessRule {

    @Override
    public boolean holds() {
        return seatsTaken + requested <= seats;
    }

    @Override
    public String explanation() {
        return "The run has " + (seats - seatsTaken) + " seats left, " + requested + " requested";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
