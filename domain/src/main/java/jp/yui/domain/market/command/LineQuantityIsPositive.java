package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.shared.BusinessRule;

/** A sale line sells one or more pieces; taking goods back is a void or a refund, never a negative line. */
record LineQuantityIsPositive(List<SaleLine> lines) implements BusinessRule {

    @Override
    public boolean holds() {
        return lines.stream().allMatch(l -> l.quantity() >= 1);
    }

    @Override
    public String explanation() {
        return "A line's quantity must be 1 or more";
    }
}
