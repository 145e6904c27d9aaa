package jp.yui.domain.attendance.command;

import java.time.Instant;

import jp.yui.domain.shared.BusinessRule;

/** An offer is accepted while it is held: offered, and before its expiry. */
record OfferIsOpen(Instant expiresAt, Instant at) implements BusinessRule {

    @Override
    public boolean holds() {
        return expiresAt != null && at != null && at.isBefore(expiresAt);
    }

    @Override
    public String explanation() {
        return "No open offer for this registration";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
