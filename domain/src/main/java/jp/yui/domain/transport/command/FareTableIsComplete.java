package jp.yui.domain.transport.command;

import java.time.LocalDate;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.FareTable;

/** A fare table has a kind, the prices its kind needs (none negative), and a date it takes effect. */
record FareTableIsComplete(FareTable table, LocalDate effectiveFrom) implements BusinessRule {

    @Override
    public boolean holds() {
        return table != null && table.kind() != null && effectiveFrom != null && table.complete();
    }

    @Override
    public String explanation() {
        return "A fare table needs its kind's prices (none negative) and an effective date";
    }
}
