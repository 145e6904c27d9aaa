package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** An undone check-in says why (押し間違い, 別人), for the record. */
record ReasonIsGiven(String reason) implements BusinessRule {

    @Override
    public boolean holds() {
        return reason != null && !reason.isBlank();
    }

    @Override
    public String explanation() {
        return "A reason is needed";
    }

}
