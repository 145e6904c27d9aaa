package jp.yui.domain.market.command;

import java.util.Map;

import jp.yui.domain.market.api.Tender;
import jp.yui.domain.shared.BusinessRule;

/** The close counts the cash in the drawer (zero or more yen) and, where given, the cashless total (zero or more; missing is zero). */
record CountedMoneyIsGiven(Map<Tender, Integer> counted) implements BusinessRule {

    @Override
    public boolean holds() {
        return counted != null && counted.get(Tender.CASH) != null && counted.get(Tender.CASH) >= 0
                && (counted.get(Tender.CASHLESS) == null || counted.get(Tender.CASHLESS) >= 0);
    }

    @Override
    public String explanation() {
        return "The close needs the cash counted and no negative count";
    }
}
