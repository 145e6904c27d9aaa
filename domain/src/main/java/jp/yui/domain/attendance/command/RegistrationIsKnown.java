package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** The registration named is one of this session's. */
record RegistrationIsKnown(boolean known) implements BusinessRule {

    @Override
    public boolean holds() {
        return known;
    }

    @Override
    public String explanation() {
        return "No such registration for this session";
    }

}
