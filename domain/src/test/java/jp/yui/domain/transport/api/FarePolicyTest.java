package jp.yui.domain.transport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a ride costs: the table in force on the run's date, an override with its reason, none on a volunteer service. */
class FarePolicyTest {

    private static final LocalDate RAISE = LocalDate.of(2026, 4, 1);
    private static final Place HOME = Place.atHome();
    private static final Place A = Place.stop("a");
    private static final Place B = Place.stop("b");

    private static final FarePolicy BUS = FarePolicy.of(ServiceKind.DEMAND_RESPONSIVE,
            Map.of(LocalDate.of(2025, 4, 1), FareTable.flat(300), RAISE, FareTable.flat(400)));

    @Test
    void theTableInForceOnTheRunsDateSetsThePrice() {
        assertThat(BUS.quote(RAISE.minusDays(1), HOME, A, null)).isEqualTo(Fare.fromTable(300));
        assertThat(BUS.quote(RAISE, HOME, A, null)).isEqualTo(Fare.fromTable(400));
        assertThat(BUS.quote(RAISE.plusYears(3), HOME, A, null)).isEqualTo(Fare.fromTable(400));
        assertThat(BUS.tableOn(RAISE.minusDays(1))).contains(FareTable.flat(300));
    }

    @Test
    void beforeAnyTableTheFareIsZeroAndCountsAsAnOverride() {
        Fare fare = BUS.quote(LocalDate.of(2025, 3, 31), HOME, A, null);

        assertThat(fare).isEqualTo(new Fare(0, null, null, 0, null));
        assertThat(fare.overridesTable()).isTrue();
        assertThat(BUS.tableOn(LocalDate.of(2025, 3, 31))).isEmpty();
    }

    @Test
    void anOverrideKeepsTheTablesPriceBesideIt() {
        assertThat(BUS.quote(RAISE, HOME, A, null, 0, "生活保護", 100, "迎車"))
                .isEqualTo(new Fare(0, 400, "生活保護", 100, "迎車"));
    }

    @Test
    void aSectionTableThatCannotPriceTheRideLeavesNoTablePrice() {
        FarePolicy route = FarePolicy.of(ServiceKind.FIXED_ROUTE,
                Map.of(RAISE, FareTable.sections(Map.of("a", 1, "b", 2), List.of(200, 300))));

        assertThat(route.quote(RAISE, A, B, null)).isEqualTo(Fare.fromTable(300));
        assertThat(route.quote(RAISE, HOME, B, null)).isEqualTo(new Fare(0, null, null, 0, null));
        assertThat(route.tablePrice(RAISE, HOME, B, null)).isEmpty();
    }

    @Test
    void aVolunteerServiceTakesNoFareButKeepsExtraCharges() {
        FarePolicy volunteer = FarePolicy.of(ServiceKind.VOLUNTEER, Map.of());

        assertThat(volunteer.quote(RAISE, HOME, A, null)).isEqualTo(Fare.NONE);
        assertThat(volunteer.quote(RAISE, HOME, A, null, null, null, 200, "待機")).isEqualTo(new Fare(0, 0, null, 200, "待機"));
    }

    @Test
    void anUnknownServiceHasNoTable() {
        assertThat(FarePolicy.unknownService().quote(RAISE, HOME, A, null)).isEqualTo(new Fare(0, null, null, 0, null));
        assertThat(FarePolicy.unknownService().quote(RAISE, HOME, A, null, 500, "理由", 0, null))
                .isEqualTo(new Fare(500, null, "理由", 0, null));
    }
}
