package jp.yui.domain.market.command;

import java.util.Collection;
import java.util.Set;

import jp.yui.domain.shared.BusinessRule;

/** A voided line was given back already; it is not refunded as well. */
record RefundedLineIsNotVoided(Set<String> voided, Collection<String> lineIds) implements BusinessRule {

    @Override
    public boolean holds() {
        return lineIds.stream().noneMatch(voided::contains);
    }

    @Override
    public String explanation() {
        return "A voided line cannot be refunded";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
