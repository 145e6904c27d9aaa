package jp.yui.domain.attendance.command;

import java.time.Duration;

import jp.yui.domain.shared.BusinessRule;

/** A place offered to the waitlist is held for a positive time before it lapses. */
record OfferHoldIsPositive(Duration offerHeldFor) implements BusinessRule {

    @Override
    public boolean holds() {
        return offerHeldFor != null && !offerHeldFor.isNegative() && !offerHeldFor.isZero();
    }

    @Override
    public String explanation() {
        return "An offer to the waitlist is held for some time";
    }

}
