package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** A booking carries at least one passenger (the resident, plus any companions). */
record BookingHasPassengers(int passengers) implements BusinessRule {

    @Override
    public boolean holds() {
        return passengers >= 1;
    }

    @Override
    public String explanation() {
        return "A booking needs at least one passenger";
    }
}
