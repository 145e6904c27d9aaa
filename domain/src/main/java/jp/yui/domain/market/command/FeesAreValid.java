package jp.yui.domain.market.command;

import java.util.List;

import jp.yui.domain.market.api.Fee;
import jp.yui.domain.shared.BusinessRule;

/** A fee taken from a payout says what it is for and is zero or more yen. */
record FeesAreValid(List<Fee> fees) implements BusinessRule {

    @Override
    public boolean holds() {
        return fees == null || fees.stream().allMatch(
                f -> f != null && f.description() != null && !f.description().isBlank() && f.amountYen() >= 0);
    }

    @Override
    public String explanation() {
        return "A fee needs a description and an amount of zero or more yen";
    }
}
