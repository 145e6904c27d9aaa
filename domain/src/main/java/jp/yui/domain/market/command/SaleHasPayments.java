package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.Payment;
import jp.yui.domain.shared.BusinessRule;

/** A sale is paid: at least one payment, each in a tender. */
record SaleHasPayments(List<Payment> payments) implements BusinessRule {

    @Override
    public boolean holds() {
        return payments != null && !payments.isEmpty() && payments.stream().allMatch(p -> p != null && p.tender() != null);
    }

    @Override
    public String explanation() {
        return "A sale needs at least one payment with its tender";
    }
}
