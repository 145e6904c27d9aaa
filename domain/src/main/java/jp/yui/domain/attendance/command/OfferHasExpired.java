package jp.yui.domain.attendance.command;

import java.time.Instant;

import jp.yui.domain.shared.BusinessRule;

/** An offer lapses only once its time is up; before that the place is still held for the person. */
record OfferHasExpired(Instant expiresAt, Instant at) implements BusinessRule {

    @Override
    public boolean holds() {
        return expiresAt != null && at != null && !at.isBefore(expiresAt);
    }

    @Override
    public String explanation() {
        return "The offer has not expired";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
