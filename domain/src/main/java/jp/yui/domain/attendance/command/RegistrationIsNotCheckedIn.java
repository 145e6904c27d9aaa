package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** A registered person checks in once (a mistaken check-in is undone first). */
record RegistrationIsNotCheckedIn(boolean checkedIn) implements BusinessRule {

    @Override
    public boolean holds() {
        return !checkedIn;
    }

    @Override
    public String explanation() {
        return "The registration is already checked in";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
