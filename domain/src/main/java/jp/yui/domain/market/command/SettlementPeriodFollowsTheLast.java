package jp.yui.domain.market.command;

import java.time.LocalDate;
import jp.yui.domain.shared.BusinessRule;

/** Settlement periods leave no gap and never overlap: a period starts the day after the previous one ended (the first one on any day). */
record SettlementPeriodFollowsTheLast(LocalDate lastPeriodTo, LocalDate periodFrom) implements BusinessRule {

    @Override
    public boolean holds() {
        return lastPeriodTo == null || lastPeriodTo.plusDays(1).equals(periodFrom);
    }

    @Override
    public String explanation() {
        return "A settlement period starts the day after the previous settlement's period ended";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
