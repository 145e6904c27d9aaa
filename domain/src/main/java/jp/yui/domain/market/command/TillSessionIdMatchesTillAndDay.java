package jp.yui.domain.market.command;

import java.time.LocalDate;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.shared.Ids;

/** A till has one session per business day: its id is derived from the till and the day. */
record TillSessionIdMatchesTillAndDay(String sessionId, String tillId, LocalDate businessDate)
        implements BusinessRule {

    @Override
    public boolean holds() {
        return Ids.isOfType(tillId, TillSession.TILL_ID_TYPE) && businessDate != null
                && TillSession.idFor(tillId, businessDate).equals(sessionId);
    }

    @Override
    public String explanation() {
        return "A till session's id is made of its till and business day";
    }
}
