package jp.yui.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 国民の祝日 and 休日 as the 国民の祝日に関する法律 defines them, for 2000–2099: the fixed and Monday holidays, the
 * equinox days (by the formula the Cabinet Office's announcements have followed), 振替休日 (a holiday on a Sunday moves
 * to the next working day) and 国民の休日 (a day between two holidays), with the special dates of 2019–2021.
 *
 * <p>Written here because no library on Maven Central carries them correctly: Jollyday 1.5 and 1.8 lack both
 * equinox days and 振替休日 and still have the Emperor's Birthday on 23 December. The equinox days are fixed by
 * announcement in February of the year before; the formula has matched every announcement since 1980.
 */
public final class JapaneseHolidays {

    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private JapaneseHolidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        return holidaysOf(date.getYear()).containsKey(date);
    }

    /** The holiday's Japanese name, e.g. {@code 振替休日}. */
    public static Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
    }

    /** Every holiday of the year, in date order. */
    public static Map<LocalDate, String> holidaysOf(int year) {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("Holidays are known for 2000-2099, not " + year);
        }
        return BY_YEAR.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    /** Package-private so tests compute a year afresh, not from the cache. */
    static Map<LocalDate, String> compute(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元日");
        days.put(nthMonday(year, Month.JANUARY, 2), "成人の日");
        days.put(LocalDate.of(year, 2, 11), "建国記念の日");
        if (year >= 2020) {
            days.put(LocalDate.of(year, 2, 23), "天皇誕生日");
        }
        days.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
        days.put(LocalDate.of(year, 4, 29), year >= 2007 ? "昭和の日" : "みどりの日");
        days.put(LocalDate.of(year, 5, 3), "憲法記念日");
        if (year >= 2007) {
            days.put(LocalDate.of(year, 5, 4), "みどりの日");
        }
        days.put(LocalDate.of(year, 5, 5), "こどもの日");
        if (year == 2020) {
            days.put(LocalDate.of(2020, 7, 23), "海の日");
            days.put(LocalDate.of(2020, 7, 24), "スポーツの日");
            days.put(LocalDate.of(2020, 8, 10), "山の日");
        } else if (year == 2021) {
            days.put(LocalDate.of(2021, 7, 22), "海の日");
            days.put(LocalDate.of(2021, 7, 23), "スポーツの日");
            days.put(LocalDate.of(2021, 8, 8), "山の日");
        } else {
            days.put(year >= 2003 ? nthMonday(year, Month.JULY, 3) : LocalDate.of(year, 7, 20), "海の日");
            if (year >= 2016) {
                days.put(LocalDate.of(year, 8, 11), "山の日");
            }
            days.put(nthMonday(year, Month.OCTOBER, 2), year >= 2020 ? "スポーツの日" : "体育の日");
        }
        days.put(year >= 2003 ? nthMonday(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15), "敬老の日");
        days.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
        days.put(LocalDate.of(year, 11, 3), "文化の日");
        days.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
        if (year <= 2018) {
            days.put(LocalDate.of(year, 12, 23), "天皇誕生日");
        }
        if (year == 2019) {
            days.put(LocalDate.of(2019, 5, 1), "天皇の即位の日");
            days.put(LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日");
        }
        addCitizensHolidays(days);
        addSubstituteHolidays(days);
        return java.util.Collections.unmodifiableMap(days);
    }

    /** 国民の休日: a day that is not a holiday itself (nor a Sunday) between two holidays. */
    private static void addCitizensHolidays(TreeMap<LocalDate, String> days) {
        for (LocalDate holiday : new java.util.ArrayList<>(days.keySet())) {
            LocalDate between = holiday.plusDays(1);
            if (!days.containsKey(between) && days.containsKey(between.plusDays(1))
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.put(between, "休日");
            }
        }
    }

    /** 振替休日: a holiday on a Sunday makes the next day that is not a holiday one. */
    private static void addSubstituteHolidays(TreeMap<LocalDate, String> days) {
        for (LocalDate holiday : new java.util.ArrayList<>(days.keySet())) {
            if (holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate next = holiday.plusDays(1);
                while (days.containsKey(next)) {
                    next = next.plusDays(1);
                }
                days.put(next, "振替休日");
            }
        }
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    static int vernalEquinoxDay(int year) {
        return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    static int autumnalEquinoxDay(int year) {
        return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }
}
