package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** 定員: a session has room for at least one person. */
record CapacityIsPositive(int capacity) implements BusinessRule {

    @Override
    public boolean holds() {
        return capacity > 0;
    }

    @Override
    public String explanation() {
        return "A session holds at least one person";
    }

}
