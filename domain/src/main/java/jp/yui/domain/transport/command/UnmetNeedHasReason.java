package jp.yui.domain.transport.command;

import java.time.LocalDate;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.TurnDownReason;

/** An unmet need says why the ride could not be given and for which day it was wanted. */
record UnmetNeedHasReason(TurnDownReason reason, LocalDate wantedDate) implements BusinessRule {

    @Override
    public boolean holds() {
        return reason != null && wantedDate != null;
    }

    @Override
    public String explanation() {
        return "An unmet need needs a reason and the day the ride was wanted";
    }
}
