package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.Till;
import jp.yui.domain.shared.BusinessRule;

/** A sales point sells through at least one till. */
record SalesPointHasTills(List<Till> tills) implements BusinessRule {

    @Override
    public boolean holds() {
        return tills != null && !tills.isEmpty();
    }

    @Override
    public String explanation() {
        return "A sales point needs at least one till";
    }
}
