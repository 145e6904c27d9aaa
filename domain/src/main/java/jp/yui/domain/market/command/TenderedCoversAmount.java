package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.shared.BusinessRule;

/** Cash handed over covers its amount (the rest is change); a cashless payment is exactly its amount. */
record TenderedCoversAmount(List<Payment> payments) implements BusinessRule {

    @Override
    public boolean holds() {
        return payments.stream().allMatch(p -> p.tender() == Tender.CASH ? p.tenderedYen() >= p.amountYen()
                : p.tenderedYen() == p.amountYen());
    }

    @Override
    public String explanation() {
        return "Cash tendered must cover its amount and a cashless payment must equal it";
    }
}
