package jp.yui.domain.attendance.command;

import jp.yui.domain.shared.BusinessRule;

/** 参加費 is zero (free) or a positive number of yen. */
record FeeIsNotNegative(int feeYen) implements BusinessRule {

    @Override
    public boolean holds() {
        return feeYen >= 0;
    }

    @Override
    public String explanation() {
        return "A fee is zero or more yen";
    }

}
