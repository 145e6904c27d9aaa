package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.Fare;

/** 対価 are set beforehand and published: a fare other than the table's needs a reason, and no amount is negative. */
record FareOverrideHasReason(Fare fare) implements BusinessRule {

    @Override
    public boolean holds() {
        if (fare == null) {
            return true;
        }
        boolean amountsValid = fare.yen() >= 0 && fare.extraChargesYen() >= 0;
        boolean reasoned = !fare.overridesTable() || fare.overrideReason() != null && !fare.overrideReason().isBlank();
        return amountsValid && reasoned;
    }

    @Override
    public String explanation() {
        return "A fare different from the fare table needs a reason, and amounts cannot be negative";
    }
}
