package jp.yui.domain.market.command;

import jp.yui.domain.shared.BusinessRule;

/** A void or a refund states why, for the day's close and the auditors. */
record ReasonIsGiven(String reason) implements BusinessRule {

    @Override
    public boolean holds() {
        return reason != null && !reason.isBlank();
    }

    @Override
    public String explanation() {
        return "A void or refund needs a reason";
    }
}
