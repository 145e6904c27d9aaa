package jp.yui.domain.attendance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgeBandTest {

    static final LocalDate BORN = LocalDate.of(1960, 6, 1);

    @Test
    void aResidentTurns65OnTheFirstOfTheBirthMonth() {
        assertThat(AgeBand.of(BORN, LocalDate.of(2025, 5, 31))).isEqualTo(AgeBand.FROM_40_TO_64);
        assertThat(AgeBand.of(BORN, LocalDate.of(2025, 6, 1))).isEqualTo(AgeBand.FROM_65_TO_74);
    }

    @Test
    void bandsEndAt75And85() {
        assertThat(AgeBand.of(BORN, LocalDate.of(2035, 6, 1))).isEqualTo(AgeBand.FROM_75_TO_84);
        assertThat(AgeBand.of(BORN, LocalDate.of(2045, 6, 1))).isEqualTo(AgeBand.FROM_85);
        assertThat(AgeBand.of(BORN, LocalDate.of(1999, 6, 1))).isEqualTo(AgeBand.UNDER_40);
    }

    @Test
    void anUnknownBirthMonthIsAnUnknownBand() {
        assertThat(AgeBand.of(null, LocalDate.of(2025, 6, 1))).isEqualTo(AgeBand.UNKNOWN);
    }
}
