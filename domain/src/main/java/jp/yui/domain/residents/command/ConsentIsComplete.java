package jp.yui.domain.residents.command;

import java.time.LocalDate;

import jp.yui.domain.residents.api.ConsentKind;
import jp.yui.domain.shared.BusinessRule;

/** A consent says what it is for, on which date it was given or withdrawn, and who recorded it. */
record ConsentIsComplete(ConsentKind kind, LocalDate date, String recordedBy) implements BusinessRule {

    @Override
    public boolean holds() {
        return kind != null && date != null && recordedBy != null && !recordedBy.isBlank();
    }

    @Override
    public String explanation() {
        return "A consent needs its kind, its date and who recorded it";
    }
}
