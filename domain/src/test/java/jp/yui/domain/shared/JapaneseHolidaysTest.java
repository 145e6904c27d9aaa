package jp.yui.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Checked against the Cabinet Office's list (内閣府「国民の祝日について」) for 2019, 2025 and 2026. */
class JapaneseHolidaysTest {

    private static String dates(int year) {
        return JapaneseHolidays.holidaysOf(year).keySet().stream().map(d -> d.toString().substring(5))
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
}
