package jp.yui.domain.market.command;

import java.util.Collection;
import java.util.Set;

import jp.yui.domain.shared.BusinessRule;

/** A refund takes back lines of a known sale: the sale and each named line must be known. */
record RefundedLineIsKnown(Set<String> saleLineIds, Collection<String> lineIds) implements BusinessRule {

    @Override
    public boolean holds() {
        return saleLineIds != null && !saleLineIds.isEmpty() && saleLineIds.containsAll(lineIds);
    }

    @Override
    public String explanation() {
        return "The sale or line to refund is not known";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
