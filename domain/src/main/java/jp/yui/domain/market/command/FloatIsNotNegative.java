package jp.yui.domain.market.command;

import jp.yui.domain.shared.BusinessRule;

/** The float (釣銭準備金) counted into the drawer is zero or more yen. */
record FloatIsNotNegative(int floatYen) implements BusinessRule {

    @Override
    public boolean holds() {
        return floatYen >= 0;
    }

    @Override
    public String explanation() {
        return "The float cannot be negative";
    }
}
