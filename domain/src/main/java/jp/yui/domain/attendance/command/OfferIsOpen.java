package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** An offer is accepted while it is held: offered, and before its expiry. */
record OfferIsOpen(java.time.Instant expiresAt, java.time.Instant at) implements BusinessRule {

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
