package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** Only a check-in that was recorded and not yet undone is undone. */
record CheckInIsUndoable(boolean exists, boolean undone) implements BusinessRule {

    @Override
    public boolean holds() {
        return exists && !undone;
    }

    @Override
    public String explanation() {
        return "No check-in to undo";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
