package jp.yui.domain.transport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FareTableTest {

    private static final Place A = Place.stop("a");
    private static final Place B = Place.stop("b");
    private static final Place C = Place.stop("c");
    private static final Place HOME = Place.atHome();

    /** Stops a and b in section 1, c in section 2, d in section 4; 200 yen within one section, at most 400. */
    private static final FareTable SECTIONS = FareTable.sections(Map.of("a", 1, "b", 1, "c", 2, "d", 4),
            List.of(200, 300, 400));

    @Test
    void flatFareIsTheSameForEveryRide() {
        assertThat(FareTable.flat(300).fareFor(HOME, C, null)).hasValue(300);
        assertThat(FareTable.flat(300).fareFor(A, A, 25.0)).hasValue(300);
        assertThat(FareTable.flat(0).fareFor(null, null, null)).hasValue(0);
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
    void sectionFareWithinOneSectionIsTheFirstPrice() {
        assertThat(SECTIONS.fareFor(A, B, null)).hasValue(200);
        assertThat(SECTIONS.fareFor(B, B, null)).hasValue(200);
    }

    @Test
    void sectionFareIsTheSameInBothDirections() {
        assertThat(SECTIONS.fareFor(A, C, null)).hasValue(300);
        assertThat(SECTIONS.fareFor(C, A, null)).hasValue(300);
    }

    @Test
    void sectionFareCrossingExactlyTheLastPricedCountIsTheLastPrice() {
        FareTable twoCrossings = FareTable.sections(Map.of("a", 1, "c", 3), List.of(200, 300, 400));
        assertThat(twoCrossings.fareFor(A, C, null)).hasValue(400);
    }

    @Test
    void sectionFareCrossingMoreSectionsThanPricedIsCappedAtTheLastPrice() {
        Place d = Place.stop("d");
        assertThat(SECTIONS.fareFor(A, d, null)).hasValue(400);
        assertThat(SECTIONS.fareFor(d, B, null)).hasValue(400);
    }

    @Test
    void sectionFareIgnoresTheDistance() {
        assertThat(SECTIONS.fareFor(A, C, 42.0)).hasValue(300);
        assertThat(SECTIONS.fareFor(A, C, -1.0)).hasValue(300);
    }

    @Test
    void sectionFareNeedsTwoStopsTheTableKnows() {
        assertThat(SECTIONS.fareFor(HOME, C, null)).isEmpty();
        assertThat(SECTIONS.fareFor(C, HOME, null)).isEmpty();
        assertThat(SECTIONS.fareFor(HOME, HOME, null)).isEmpty();
        assertThat(SECTIONS.fareFor(Place.stop("x"), C, null)).isEmpty();
        assertThat(SECTIONS.fareFor(C, Place.stop("x"), null)).isEmpty();
        assertThat(SECTIONS.fareFor(null, C, null)).isEmpty();
        assertThat(SECTIONS.fareFor(C, null, null)).isEmpty();
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
    void distanceFareWithinTheBaseIsTheBasePrice() {
        FareTable table = FareTable.distance(500, 2, 100);
        assertThat(table.fareFor(HOME, HOME, 0.0)).hasValue(500);
        assertThat(table.fareFor(HOME, HOME, 1.999)).hasValue(500);
    }

    @Test
    void distanceFareCountsAnyStartedKilometre() {
        FareTable table = FareTable.distance(500, 2, 100);
        assertThat(table.fareFor(HOME, HOME, 2.001)).hasValue(600);
        assertThat(table.fareFor(HOME, HOME, 3.0)).hasValue(600);
        assertThat(table.fareFor(HOME, HOME, 3.01)).hasValue(700);
    }

    @Test
    void distanceFareWithoutBaseKilometresChargesFromTheFirstKilometre() {
        FareTable table = FareTable.distance(100, 0, 80);
        assertThat(table.fareFor(HOME, HOME, 0.0)).hasValue(100);
        assertThat(table.fareFor(HOME, HOME, 0.5)).hasValue(180);
        assertThat(table.fareFor(HOME, HOME, 4.2)).hasValue(500);
    }

    @Test
    void distanceFareNeedsADistanceOfZeroOrMore() {
        FareTable table = FareTable.distance(500, 2, 100);
        assertThat(table.fareFor(A, C, null)).isEmpty();
        assertThat(table.fareFor(A, C, -0.1)).isEmpty();
        assertThat(table.fareFor(A, C, -5.0)).isEmpty();
    }

    @Test
    void aFlatTableIsCompleteWithAPriceOfZeroOrMore() {
        assertThat(FareTable.flat(0).complete()).isTrue();
        assertThat(FareTable.flat(300).complete()).isTrue();
        assertThat(FareTable.flat(-1).complete()).isFalse();
    }

    @Test
    void aSectionTableIsCompleteWithStopsAndPricesOfZeroOrMore() {
        assertThat(SECTIONS.complete()).isTrue();
        assertThat(FareTable.sections(Map.of("a", 1), List.of(0)).complete()).isTrue();
        assertThat(FareTable.sections(Map.of(), List.of(200)).complete()).isFalse();
        assertThat(FareTable.sections(Map.of("a", 1), List.of()).complete()).isFalse();
        assertThat(FareTable.sections(null, null).complete()).isFalse();
        assertThat(FareTable.sections(Map.of("a", 1), List.of(200, -1)).complete()).isFalse();
    }

    @Test
    void aDistanceTableIsCompleteWithEveryFigureZeroOrMore() {
        assertThat(FareTable.distance(0, 0, 0).complete()).isTrue();
        assertThat(FareTable.distance(500, 2, 100).complete()).isTrue();
        assertThat(FareTable.distance(-1, 2, 100).complete()).isFalse();
        assertThat(FareTable.distance(500, -1, 100).complete()).isFalse();
        assertThat(FareTable.distance(500, 2, -1).complete()).isFalse();
    }

    @Test
    void aFareTableKeepsItsOwnCopyOfStopsAndPrices() {
        Map<String, Integer> sections = new HashMap<>(Map.of("a", 1, "c", 2));
        List<Integer> prices = new ArrayList<>(List.of(200, 300));
        FareTable table = FareTable.sections(sections, prices);
        sections.put("c", 9);
        prices.set(1, 999);
        assertThat(table.fareFor(A, C, null)).hasValue(300);
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
    void calendarRunsOnAnExtraDateEvenOnAHolidayAndNeverOnACancelledOne() {
        LocalDate cultureDay = LocalDate.of(2026, 11, 3);
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        ServiceCalendar calendar = new ServiceCalendar(Set.of(DayOfWeek.TUESDAY), false, Set.of(cultureDay, tuesday),
                Set.of(tuesday));
        assertThat(calendar.runsOn(cultureDay)).isTrue();
        assertThat(calendar.runsOn(tuesday)).isFalse();
    }

    @Test
    void calendarDoesNotRunOnOtherWeekdays() {
        ServiceCalendar calendar = ServiceCalendar.weekdays(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
        assertThat(calendar.runsOn(LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(calendar.runsOn(LocalDate.of(2026, 11, 27))).isTrue();
        assertThat(calendar.runsOn(LocalDate.of(2026, 11, 25))).isFalse();
        assertThat(new ServiceCalendar(null, true, null, null).runsOn(LocalDate.of(2026, 11, 24))).isFalse();
    }

    @Test
    void deadlineIsCountedFromTheRideDate() {
        assertThat(new BookingDeadline(1, LocalTime.of(17, 0)).forRideOn(LocalDate.of(2026, 11, 24)))
                .isEqualTo(LocalDate.of(2026, 11, 23).atTime(17, 0));
        assertThat(new BookingDeadline(0, LocalTime.of(8, 0)).forRideOn(LocalDate.of(2026, 11, 24)))
                .isEqualTo(LocalDate.of(2026, 11, 24).atTime(8, 0));
        assertThat(new BookingDeadline(60, LocalTime.of(8, 0)).forRideOn(LocalDate.of(2026, 11, 24)))
                .isEqualTo(LocalDate.of(2026, 9, 25).atTime(8, 0));
    }

    @Test
    void deadlineIsZeroToSixtyDaysBeforeAtATimeOfDay() {
        assertThatThrownBy(() -> new BookingDeadline(-1, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingDeadline(61, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingDeadline(1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFareFromTheTableIsNotAnOverride() {
        Fare fare = Fare.fromTable(300);
        assertThat(fare.overridesTable()).isFalse();
        assertThat(fare.totalYen()).isEqualTo(300);
        assertThat(Fare.NONE.overridesTable()).isFalse();
        assertThat(Fare.NONE.totalYen()).isZero();
    }

    @Test
    void aFareOtherThanTheTablesOrWithoutATableIsAnOverride() {
        assertThat(new Fare(200, 300, "生活保護", 0, null).overridesTable()).isTrue();
        assertThat(new Fare(300, null, "運賃表なし", 0, null).overridesTable()).isTrue();
        // Integer identity must not matter: 1000 is outside the small Integer cache.
        assertThat(new Fare(1000, Integer.valueOf(1000), null, 0, null).overridesTable()).isFalse();
    }

    @Test
    void extraChargesAreAddedToTheTotalButNotToTheFare() {
        Fare fare = new Fare(300, 300, null, 200, "迎車");
        assertThat(fare.totalYen()).isEqualTo(500);
        assertThat(fare.yen()).isEqualTo(300);
        assertThat(fare.overridesTable()).isFalse();
    }

    @Test
    void aPlaceIsEitherAStopOrHome() {
        assertThat(Place.stop("a").wellFormed()).isTrue();
        assertThat(Place.atHome().wellFormed()).isTrue();
        assertThat(Place.atHome().home()).isTrue();
        assertThat(Place.stop("a").home()).isFalse();
        assertThat(new Place("a", true).wellFormed()).isFalse();
        assertThat(Place.stop(null).wellFormed()).isFalse();
        assertThat(Place.stop(" ").wellFormed()).isFalse();
    }

    @Test
    void onlyVolunteerServicesTakeNoFares() {
        assertThat(Arrays.stream(ServiceKind.values()).filter(ServiceKind::takesFares))
                .containsExactly(ServiceKind.DEMAND_RESPONSIVE, ServiceKind.FIXED_ROUTE);
    }
}
