package jp.yui.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Checked against the Cabinet Office's lists (内閣府「国民の祝日について」) for 2019, 2025 and 2026, and the
 * holidays as they were in the other years tested (law changes of 2003, 2007, 2016, 2019 and the Olympic years).
 */
class JapaneseHolidaysTest {

    /** Computed afresh, not from the per-year cache, so that every test sees the calculation it checks. */
    private static String dates(int year) {
        return JapaneseHolidays.compute(year).keySet().stream().map(d -> d.toString().substring(5))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    @Test
    void holidaysOf2026() {
        assertThat(dates(2026)).isEqualTo("01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-20 08-11"
                + " 09-21 09-22 09-23 10-12 11-03 11-23");
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2026, 5, 6))).contains("振替休日");
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2026, 9, 22))).contains("休日");
    }

    @Test
    void holidaysOf2025() {
        assertThat(dates(2025)).isEqualTo("01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-21"
                + " 08-11 09-15 09-23 10-13 11-03 11-23 11-24");
    }

    @Test
    void holidaysOf2019WithTheEnthronement() {
        assertThat(dates(2019)).isEqualTo("01-01 01-14 02-11 03-21 04-29 04-30 05-01 05-02 05-03 05-04 05-05 05-06"
                + " 07-15 08-11 08-12 09-16 09-23 10-14 10-22 11-03 11-04 11-23");
    }

    @Test
    void equinoxesFollowTheAnnouncedDates() {
        assertThat(JapaneseHolidays.vernalEquinoxDay(2027)).isEqualTo(21);
        assertThat(JapaneseHolidays.autumnalEquinoxDay(2027)).isEqualTo(23);
        assertThat(JapaneseHolidays.autumnalEquinoxDay(2012)).isEqualTo(22);
    }

    @Test
    void ordinaryDaysAreNotHolidays() {
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 11, 24))).isFalse();
        assertThatThrownBy(() -> JapaneseHolidays.isHoliday(LocalDate.of(1999, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holidaysOf2000BeforeTheHappyMondayMovesOf2003() {
        assertThat(dates(2000)).isEqualTo("01-01 01-10 02-11 03-20 04-29 05-03 05-04 05-05 07-20 09-15 09-23 10-09"
                + " 11-03 11-23 12-23");
        assertThat(JapaneseHolidays.compute(2000)).containsEntry(LocalDate.of(2000, 4, 29), "みどりの日")
                .containsEntry(LocalDate.of(2000, 5, 4), "休日")
                .containsEntry(LocalDate.of(2000, 10, 9), "体育の日");
    }

    @Test
    void holidaysOf2003WithASundayBetweenTwoHolidaysThatIsNoHoliday() {
        assertThat(dates(2003)).isEqualTo("01-01 01-13 02-11 03-21 04-29 05-03 05-05 07-21 09-15 09-23 10-13 11-03"
                + " 11-23 11-24 12-23");
        assertThat(JapaneseHolidays.compute(2003)).containsEntry(LocalDate.of(2003, 7, 21), "海の日");
    }

    @Test
    void holidaysOf2007WithShowaDayAndGreeneryDayOnTheFourthOfMay() {
        assertThat(dates(2007)).isEqualTo("01-01 01-08 02-11 02-12 03-21 04-29 04-30 05-03 05-04 05-05 07-16 09-17"
                + " 09-23 09-24 10-08 11-03 11-23 12-23 12-24");
        assertThat(JapaneseHolidays.compute(2007)).containsEntry(LocalDate.of(2007, 4, 29), "昭和の日")
                .containsEntry(LocalDate.of(2007, 5, 4), "みどりの日");
        assertThat(JapaneseHolidays.compute(2006)).containsEntry(LocalDate.of(2006, 4, 29), "みどりの日")
                .containsEntry(LocalDate.of(2006, 5, 4), "休日");
    }

    @Test
    void mountainDayFrom2016() {
        assertThat(JapaneseHolidays.compute(2015)).doesNotContainKey(LocalDate.of(2015, 8, 11));
        assertThat(JapaneseHolidays.compute(2016)).containsEntry(LocalDate.of(2016, 8, 11), "山の日");
    }

    @Test
    void holidaysOf2018TheLastWithTheEmperorsBirthdayInDecember() {
        assertThat(dates(2018)).isEqualTo("01-01 01-08 02-11 02-12 03-21 04-29 04-30 05-03 05-04 05-05 07-16 08-11"
                + " 09-17 09-23 09-24 10-08 11-03 11-23 12-23 12-24");
    }

    @Test
    void holidaysOf2020And2021WithTheOlympicMoves() {
        assertThat(dates(2020)).isEqualTo("01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-23"
                + " 07-24 08-10 09-21 09-22 11-03 11-23");
        assertThat(dates(2021)).isEqualTo("01-01 01-11 02-11 02-23 03-20 04-29 05-03 05-04 05-05 07-22 07-23 08-08"
                + " 08-09 09-20 09-23 11-03 11-23");
        assertThat(JapaneseHolidays.compute(2020)).containsEntry(LocalDate.of(2020, 7, 24), "スポーツの日");
        assertThat(JapaneseHolidays.compute(2022)).containsEntry(LocalDate.of(2022, 10, 10), "スポーツの日");
    }

    @Test
    void holidaysAreKnownFrom2000To2099() {
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2099, 1, 1))).isTrue();
        assertThatThrownBy(() -> JapaneseHolidays.holidaysOf(2100)).isInstanceOf(IllegalArgumentException.class);
        assertThat(JapaneseHolidays.nameOf(LocalDate.of(2026, 11, 24))).isEmpty();
    }
}
