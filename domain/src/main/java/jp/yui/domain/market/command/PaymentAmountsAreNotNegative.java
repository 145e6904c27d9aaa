package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.Payment;
import jp.yui.domain.shared.BusinessRule;

/** A payment applies zero or more yen to a sale. */
record PaymentAmountsAreNotNegative(List<Payment> payments) implements BusinessRule {

    @Override
    public boolean holds() {
        return payments.stream().allMatch(p -> p.amountYen() >= 0);
    }

    @Override
    public String explanation() {
        return "A payment cannot be negative";
    }
}
