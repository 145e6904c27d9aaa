package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.shared.BusinessRule;

/** Consumption tax on a sale line is 8 % (food taken away) or 10 % (other goods, food eaten in); no other rate. */
record TaxRateIsEightOrTen(List<SaleLine> lines) implements BusinessRule {

    @Override
    public boolean holds() {
        return lines.stream().allMatch(l -> l.taxRate() == 8 || l.taxRate() == 10);
    }

    @Override
    public String explanation() {
        return "The tax rate must be 8 or 10";
    }
}
