package jp.yui.domain.market.command;

import java.time.LocalDate;
import jp.yui.domain.shared.BusinessRule;

/** A settlement period has a first and a last day, the first not after the last. */
record SettlementPeriodIsOrdered(LocalDate periodFrom, LocalDate periodTo) implements BusinessRule {

    @Override
    public boolean holds() {
        return periodFrom != null && periodTo != null && !periodFrom.isAfter(periodTo);
    }

    @Override
    public String explanation() {
        return "A settlement period needs a first day not after its last day";
    }
}
