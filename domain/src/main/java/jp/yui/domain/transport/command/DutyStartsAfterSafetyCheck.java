package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;

/** 安全運転のための確認 comes before the duty: no duty starts without a passed check for its driver. */
record DutyStartsAfterSafetyCheck(boolean passedCheckRecorded) implements BusinessRule {

    @Override
    public boolean holds() {
        return passedCheckRecorded;
    }

    @Override
    public String explanation() {
        return "The safety check (alcohol, illness, fatigue) must be recorded and passed before the duty starts";
    }

    @Override
    public boolean dependsOnCurrentState() {
        return true;
    }
}
