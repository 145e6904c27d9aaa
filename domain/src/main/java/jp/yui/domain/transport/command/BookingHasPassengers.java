package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** A booking carries at least one rider; companions (付添い) are counted among the passengers, never all of them. */
record BookingHasPassengers(int passengers, int companions) implements BusinessRule {

    @Override
    public boolean holds() {
        return passengers >= 1 && companions >= 0 && companions < passengers;
    }

    @Override
    public String explanation() {
        return "A booking needs at least one rider besides companions";
    }
}
