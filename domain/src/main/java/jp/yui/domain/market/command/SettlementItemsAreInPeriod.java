package jp.yui.domain.market.command;

import java.time.LocalDate;
import java.util.List;

import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.shared.BusinessRule;

/**
 * A settlement takes items up to its period's last day: those of the period and those of earlier days that no
 * settlement has taken yet (a refund recorded after its period was settled, a till that was offline). Nothing from
 * after the period.
 */
record SettlementItemsAreInPeriod(List<SettlementItem> items, LocalDate periodTo) implements BusinessRule {

    @Override
    public boolean holds() {
        return items == null || items.stream()
                .allMatch(i -> i.businessDate() != null && !i.businessDate().isAfter(periodTo));
    }

    @Override
    public String explanation() {
        return "A settlement cannot take items dated after its period";
    }
}
