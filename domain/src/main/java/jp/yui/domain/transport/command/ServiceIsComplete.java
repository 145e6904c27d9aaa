package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;

/** A service has a name, a kind, a booking deadline and a calendar with at least one weekday or date. */
record ServiceIsComplete(ServiceKind kind, ServiceCalendar calendar, BookingDeadline deadline, String name)
        implements BusinessRule {

    @Override
    public boolean holds() {
        return kind != null && deadline != null && name != null && !name.isBlank() && calendar != null
                && (!calendar.weekdays().isEmpty() || !calendar.extraDates().isEmpty());
    }

    @Override
    public String explanation() {
        return "A service needs a name, a kind, a booking deadline and at least one day it runs";
    }
}
