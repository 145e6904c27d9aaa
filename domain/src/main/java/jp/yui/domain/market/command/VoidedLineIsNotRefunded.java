package jp.yui.domain.market.command;

import java.util.Collection;
import java.util.Map;

import jp.yui.domain.shared.BusinessRule;

/** A line partly or wholly refunded is not voided: what is left of it is refunded instead, so no money goes back twice. */
record VoidedLineIsNotRefunded(Map<String, Integer> refunded, Collection<String> lineIds) implements BusinessRule {

    @Override
    public boolean holds() {
        return lineIds.stream().noneMatch(id -> refunded.getOrDefault(id, 0) > 0);
    }

    @Override
    public String explanation() {
        return "A refunded line cannot be voided; refund the rest of it instead";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
