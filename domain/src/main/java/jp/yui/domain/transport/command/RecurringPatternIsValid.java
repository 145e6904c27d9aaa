package jp.yui.domain.transport.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import jp.yui.domain.shared.BusinessRule;

/** A recurring booking rides on at least one weekday, from a date to a later one, for at most a year at a time. */
record RecurringPatternIsValid(Set<DayOfWeek> weekdays, LocalDate from, LocalDate until) implements BusinessRule {

    @Override
    public boolean holds() {
        return weekdays != null && !weekdays.isEmpty() && from != null && until != null && !until.isBefore(from)
                && !until.isAfter(from.plusYears(1));
    }

    @Override
    public String explanation() {
        return "A recurring booking needs weekdays and a period of at most one year";
    }
}
