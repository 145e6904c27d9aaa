package jp.yui.domain.market.command;

import java.util.Collection;

import jp.yui.domain.market.api.Till;
import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.shared.Ids;

/** A till has an id of its own type ({@code Till:…}) and the name shown on its tablet. */
record TillsAreNamed(Collection<Till> tills) implements BusinessRule {

    @Override
    public boolean holds() {
        return tills.stream().allMatch(t -> t != null && Ids.isOfType(t.tillId(), TillSession.TILL_ID_TYPE)
                && t.name() != null && !t.name().isBlank());
    }

    @Override
    public String explanation() {
        return "A till needs a till id and a name";
    }
}
