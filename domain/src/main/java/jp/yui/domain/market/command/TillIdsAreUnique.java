package jp.yui.domain.market.command;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jp.yui.domain.market.api.Till;
import jp.yui.domain.shared.BusinessRule;

/** Each till of a sales point has its own id: one new, none of those already there, none twice. */
record TillIdsAreUnique(Set<String> existing, Collection<Till> tills) implements BusinessRule {

    @Override
    public boolean holds() {
        Set<String> seen = new HashSet<>(existing);
        return tills.stream().allMatch(t -> seen.add(t.tillId()));
    }

    @Override
    public String explanation() {
        return "A till id is used twice at this sales point";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return !existing.isEmpty();
    }
}
