package jp.yui.domain.market.command;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.shared.BusinessRule;

/**
 * Each sold, voided or refunded line is paid or taken back in exactly one settlement of its producer: none of the
 * items was settled before, and none is twice in this settlement.
 */
record ItemsAreSettledOnce(Set<String> alreadySettled, Collection<SettlementItem> items) implements BusinessRule {

    @Override
    public boolean holds() {
        Set<String> seen = new HashSet<>();
        for (SettlementItem item : items == null ? List.<SettlementItem>of() : items) {
            if (alreadySettled.contains(item.itemId()) || !seen.add(item.itemId())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String explanation() {
        return "An item of this settlement was settled before or is in it twice";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
