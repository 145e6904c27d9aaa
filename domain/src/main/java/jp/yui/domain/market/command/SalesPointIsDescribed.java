package jp.yui.domain.market.command;

import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.shared.BusinessRule;

/** A sales point has a name and is either the farm stand or a market. */
record SalesPointIsDescribed(String name, SalesPointKind kind) implements BusinessRule {

    @Override
    public boolean holds() {
        return name != null && !name.isBlank() && kind != null;
    }

    @Override
    public String explanation() {
        return "A sales point needs a name and a kind";
    }
}
