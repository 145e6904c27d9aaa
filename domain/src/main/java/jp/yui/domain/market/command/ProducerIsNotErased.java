package jp.yui.domain.market.command;

import jp.yui.domain.shared.BusinessRule;

/** An erased producer's record stays as it is: no new details, terms or settlements. */
record ProducerIsNotErased(boolean erased) implements BusinessRule {

    @Override
    public boolean holds() {
        return !erased;
    }

    @Override
    public String explanation() {
        return "The producer has been erased";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
