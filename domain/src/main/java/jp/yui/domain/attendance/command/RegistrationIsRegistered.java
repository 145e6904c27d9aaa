package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** Only a registration with a place checks in; one still waiting comes in as a walk-in, if at all. */
record RegistrationIsRegistered(boolean registered) implements BusinessRule {

    @Override
    public boolean holds() {
        return registered;
    }

    @Override
    public String explanation() {
        return "The registration has no place (still on the waitlist or lapsed)";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
