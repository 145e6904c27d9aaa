package jp.yui.domain.market.command;

import java.util.Collection;
import java.util.Set;

import jp.yui.domain.shared.BusinessRule;

/** A line is voided at most once, and a void takes back at least one line. */
record LineIsVoidedOnce(Set<String> alreadyVoided, Collection<String> lineIds) implements BusinessRule {

    @Override
    public boolean holds() {
        return !lineIds.isEmpty() && lineIds.stream().noneMatch(alreadyVoided::contains);
    }

    @Override
    public String explanation() {
        return "The line has been voided already";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
