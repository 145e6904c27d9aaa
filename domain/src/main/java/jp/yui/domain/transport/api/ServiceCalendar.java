package jp.yui.domain.transport.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import jp.yui.domain.shared.JapaneseHolidays;

/**
 * 運行日: the weekdays a service runs, whether it runs on public holidays, and dates added (臨時運行) or cancelled
 * (運休) by hand. A cancelled date wins over everything, an extra date over weekday and holiday.
 */
public record ServiceCalendar(Set<DayOfWeek> weekdays, boolean runsOnHolidays, Set<LocalDate> extraDates,
                              Set<LocalDate> cancelledDates) {

    public ServiceCalendar {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        extraDates = extraDates == null ? Set.of() : Set.copyOf(extraDates);
        cancelledDates = cancelledDates == null ? Set.of() : Set.copyOf(cancelledDates);
    }

    public static ServiceCalendar weekdays(DayOfWeek... days) {
        return new ServiceCalendar(Set.of(days), false, Set.of(), Set.of());
    }

    public boolean runsOn(LocalDate date) {
        if (cancelledDates.contains(date)) {
            return false;
        }
        if (extraDates.contains(date)) {
            return true;
        }
        return weekdays.contains(date.getDayOfWeek()) && (runsOnHolidays || !JapaneseHolidays.isHoliday(date));
    }
}
