package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.shared.BusinessRule;

/** A unit price is zero or more yen (whole yen: prices are integers). */
record UnitPricesAreNotNegative(List<SaleLine> lines) implements BusinessRule {

    @Override
    public boolean holds() {
        return lines.stream().allMatch(l -> l.unitPriceYen() >= 0);
    }

    @Override
    public String explanation() {
        return "A unit price cannot be negative";
    }
}
