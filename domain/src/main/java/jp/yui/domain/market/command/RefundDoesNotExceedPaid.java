package jp.yui.domain.market.command;

import java.util.List;
import java.util.Map;

import jp.yui.domain.market.api.RefundLine;
import jp.yui.domain.shared.BusinessRule;

/**
 * A refund never pays back more than was paid: each refunded line takes back one or more pieces, and no more than
 * were sold on that line less those refunded before (in any session).
 */
record RefundDoesNotExceedPaid(Map<String, Integer> sold, Map<String, Integer> refundedBefore, List<RefundLine> lines)
        implements BusinessRule {

    @Override
    public boolean holds() {
        return lines.stream().allMatch(l -> l.quantity() >= 1
                && l.quantity() <= sold.getOrDefault(l.lineId(), 0) - refundedBefore.getOrDefault(l.lineId(), 0));
    }

    @Override
    public String explanation() {
        return "A refund cannot take back more than was sold and not yet refunded";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
