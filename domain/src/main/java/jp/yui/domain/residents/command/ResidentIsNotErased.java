package jp.yui.domain.residents.command;

import jp.yui.domain.shared.BusinessRule;

/** An erased resident is not recorded again: their record stays empty of personal data. */
record ResidentIsNotErased(boolean erased) implements BusinessRule {

    @Override
    public boolean holds() {
        return !erased;
    }

    @Override
    public String explanation() {
        return "The resident has been erased";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
