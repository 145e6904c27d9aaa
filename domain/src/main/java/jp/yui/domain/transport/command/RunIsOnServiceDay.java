package jp.yui.domain.transport.command;

import java.time.LocalDate;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.ServiceCalendar;

/** 運行日: a run is scheduled only on a day its service runs (weekday, holiday rule, extra and cancelled dates). */
record RunIsOnServiceDay(ServiceCalendar calendar, LocalDate date) implements BusinessRule {

    @Override
    public boolean holds() {
        return calendar != null && calendar.runsOn(date);
    }

    @Override
    public String explanation() {
        return "The service does not run on " + date;
    }
}
