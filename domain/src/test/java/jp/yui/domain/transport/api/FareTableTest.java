package jp.yui.domain.transport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FareTableTest {

    private static final Place A = Place.stop("a");
    private static final Place C = Place.stop("c");

    @Test
    void flatFareIsTheSameForEveryRide() {
        assertThat(FareTable.flat(300).fareFor(Place.atHome(), C, null)).hasValue(300);
    }

    @Test
    void sectionFareCountsSectionsCrossedAndCapsAtTheLastPrice() {
        FareTable table = FareTable.sections(Map.of("a", 1, "b", 2, "c", 4), List.of(200, 300, 400));
        assertThat(table.fareFor(A, A, null)).hasValue(200);
        assertThat(table.fareFor(Place.stop("b"), A, null)).hasValue(300);
        assertThat(table.fareFor(A, C, null)).hasValue(400);
        assertThat(table.fareFor(Place.atHome(), C, null)).isEmpty();
        assertThat(table.fareFor(Place.stop("x"), C, null)).isEmpty();
    }

    @Test
    void distanceFareChargesEachStartedKilometreAfterTheBase() {
        FareTable table = FareTable.distance(500, 2, 100);
        assertThat(table.fareFor(A, C, 1.5)).hasValue(500);
        assertThat(table.fareFor(A, C, 2.0)).hasValue(500);
        assertThat(table.fareFor(A, C, 2.1)).hasValue(600);
        assertThat(table.fareFor(A, C, 7.0)).hasValue(1000);
        assertThat(table.fareFor(A, C, null)).isEmpty();
    }

    @Test
    void calendarKnowsWeekdaysHolidaysExtraAndCancelledDates() {
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        LocalDate cultureDay = LocalDate.of(2026, 11, 3);
        LocalDate monday = LocalDate.of(2026, 11, 30);
        ServiceCalendar calendar = new ServiceCalendar(Set.of(DayOfWeek.TUESDAY), false, Set.of(monday),
                Set.of(LocalDate.of(2026, 12, 29)));
        assertThat(calendar.runsOn(tuesday)).isTrue();
        assertThat(calendar.runsOn(cultureDay)).isFalse();
        assertThat(calendar.runsOn(monday)).isTrue();
        assertThat(calendar.runsOn(LocalDate.of(2026, 12, 29))).isFalse();
        assertThat(new ServiceCalendar(Set.of(DayOfWeek.TUESDAY), true, null, null).runsOn(cultureDay)).isTrue();
    }

    @Test
    void deadlineIsCountedFromTheRideDate() {
        assertThat(new BookingDeadline(1, java.time.LocalTime.of(17, 0)).forRideOn(LocalDate.of(2026, 11, 24)))
                .isEqualTo(LocalDate.of(2026, 11, 23).atTime(17, 0));
    }
}
