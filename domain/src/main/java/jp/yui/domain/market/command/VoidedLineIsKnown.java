package jp.yui.domain.market.command;

import java.util.Collection;
import java.util.Set;

import jp.yui.domain.shared.BusinessRule;

/** A void takes back lines of a sale made in this session: the sale and each named line must be known here. */
record VoidedLineIsKnown(Set<String> saleLineIds, Collection<String> lineIds) implements BusinessRule {

    @Override
    public boolean holds() {
        return saleLineIds != null && saleLineIds.containsAll(lineIds);
    }

    @Override
    public String explanation() {
        return "The sale or line to void is not one of this till session's";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
