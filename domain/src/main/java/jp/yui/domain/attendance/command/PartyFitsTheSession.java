package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** A party larger than the whole session can never have its places, not even from the waitlist. */
record PartyFitsTheSession(int capacity, int party) implements BusinessRule {

    @Override
    public boolean holds() {
        return party <= capacity;
    }

    @Override
    public String explanation() {
        return "The party is larger than the session";
    }

}
