package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.market.api.SettlementItemKind;
import jp.yui.domain.shared.BusinessRule;

/**
 * A settlement item has an id and a kind, a tax rate of 8 or 10, and an amount signed by its kind: zero or more for
 * a sold line, zero or less for a voided or refunded one.
 */
record SettlementItemsAreWellFormed(List<SettlementItem> items) implements BusinessRule {

    @Override
    public boolean holds() {
        return items == null || items.stream().allMatch(SettlementItemsAreWellFormed::wellFormed);
    }

    private static boolean wellFormed(SettlementItem item) {
        return item != null && item.itemId() != null && !item.itemId().isBlank() && item.kind() != null
                && (item.taxRate() == 8 || item.taxRate() == 10)
                && (item.kind() == SettlementItemKind.SALE ? item.amountYen() >= 0 : item.amountYen() <= 0);
    }

    @Override
    public String explanation() {
        return "A settlement item needs an id, a kind, a tax rate of 8 or 10 and an amount signed by its kind";
    }
}
