package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.shared.BusinessRule;

/**
 * A sale comes to at most ¥10,000,000 (far above any farm stand's sale): a mistyped quantity or price is refused
 * instead of recorded, and no amount can overflow.
 */
record SaleIsWithinLimit(List<SaleLine> lines) implements BusinessRule {

    static final long LIMIT_YEN = 10_000_000;

    @Override
    public boolean holds() {
        long total = 0;
        for (SaleLine line : lines) {
            long amount = (long) line.quantity() * line.unitPriceYen();
            if (amount > LIMIT_YEN) {
                return false;
            }
            total += amount;
        }
        return total <= LIMIT_YEN;
    }

    @Override
    public String explanation() {
        return "A sale cannot come to more than 10,000,000 yen";
    }
}
