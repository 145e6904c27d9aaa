package jp.yui.domain.market.command;

import jp.yui.domain.shared.BusinessRule;

/** Sales, voids and refunds go into an open till session; a closed one is not closed again. */
record TillSessionIsOpen(boolean closed) implements BusinessRule {

    @Override
    public boolean holds() {
        return !closed;
    }

    @Override
    public String explanation() {
        return "The till session is closed";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
