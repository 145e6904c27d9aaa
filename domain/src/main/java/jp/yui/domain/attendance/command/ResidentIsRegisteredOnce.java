package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** A resident holds one registration (registered or waiting) per session. */
record ResidentIsRegisteredOnce(boolean alreadyRegistered) implements BusinessRule {

    @Override
    public boolean holds() {
        return !alreadyRegistered;
    }

    @Override
    public String explanation() {
        return "The resident is already registered or waiting for this session";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
