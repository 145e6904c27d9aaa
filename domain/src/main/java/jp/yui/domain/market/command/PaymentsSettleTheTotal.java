package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.Payment;
import jp.yui.domain.shared.BusinessRule;

/** The payments applied to a sale add up to its total exactly (the change is not applied, it goes back). */
record PaymentsSettleTheTotal(List<Payment> payments, long totalYen) implements BusinessRule {

    @Override
    public boolean holds() {
        return payments.stream().mapToLong(Payment::amountYen).sum() == totalYen;
    }

    @Override
    public String explanation() {
        return "The payments do not add up to the sale's total";
    }
}
