package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** 同伴者: zero or more people come with the registrant. */
record CompanionsAreNotNegative(int companions) implements BusinessRule {

    @Override
    public boolean holds() {
        return companions >= 0;
    }

    @Override
    public String explanation() {
        return "Companions are zero or more";
    }

}
