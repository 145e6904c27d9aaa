package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** The odometer at the end of a duty reads at least what it read at the start. */
record OdometerDoesNotRunBackwards(int startKm, int endKm) implements BusinessRule {

    @Override
    public boolean holds() {
        return endKm >= startKm;
    }

    @Override
    public String explanation() {
        return "The odometer reading at the end is lower than at the start";
    }
}
