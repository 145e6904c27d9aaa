package jp.yui.domain.market.command;

import jp.yui.domain.market.api.Tender;
import jp.yui.domain.shared.BusinessRule;

/** Money paid back goes out in a named tender, so the close knows which count it changes. */
record TenderIsGiven(Tender tender) implements BusinessRule {

    @Override
    public boolean holds() {
        return tender != null;
    }

    @Override
    public String explanation() {
        return "A void or refund needs the tender the money goes back in";
    }
}
