package jp.yui.domain.market.command;

import jp.yui.domain.shared.BusinessRule;

/** Opening and closing a till are done by a named person, who answers for the count. */
record ActedByNamedPerson(String person) implements BusinessRule {

    @Override
    public boolean holds() {
        return person != null && !person.isBlank();
    }

    @Override
    public String explanation() {
        return "Opening or closing a till needs the name of the person doing it";
    }
}
