package jp.yui.domain.attendance.api;

import java.time.LocalDate;
import java.time.Period;

/**
 * 年齢区分 of the attendance figures: a resident's is worked out from the birth month on the session's day; a
 * walk-in's or a guest's is asked (or {@link #UNKNOWN}).
 */
public enum AgeBand {
    UNDER_40,
    FROM_40_TO_64,
    FROM_65_TO_74,
    FROM_75_TO_84,
    FROM_85,
    UNKNOWN;

    /** The band of someone born in {@code birthYearMonth} (first of the month) on {@code day}. */
    public static AgeBand of(LocalDate birthYearMonth, LocalDate day) {
        if (birthYearMonth == null || day == null || birthYearMonth.isAfter(day)) {
            return UNKNOWN;
        }
        int age = Period.between(birthYearMonth, day).getYears();
        if (age < 40) {
            return UNDER_40;
        }
        if (age < 65) {
            return FROM_40_TO_64;
        }
        if (age < 75) {
            return FROM_65_TO_74;
        }
        return age < 85 ? FROM_75_TO_84 : FROM_85;
    }

    public static AgeBand orUnknown(AgeBand band) {
        return band == null ? UNKNOWN : band;
    }
}
