package jp.yui.app.transport.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.yui.domain.shared.query.InMemoryViewStore;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.query.RunView;
import jp.yui.domain.transport.query.ServiceView;
import jp.yui.domain.transport.query.ServiceView.FareVersion;

/** The fare a booking is given, from the service's table on the day of the run, without starting the service. */
class FareQuotesTest {

    private static final String ORG = "org";
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);
    private static final Place HOME = Place.atHome();
    private static final Place CLINIC = Place.stop("clinic");

    private final InMemoryViewStore<ServiceView> services = new InMemoryViewStore<>();
    private final FareQuotes quotes = new FareQuotes(services);

    private void service(String code, ServiceKind kind, FareVersion... fares) {
        String id = TransportService.idOf(ORG, code);
        services.save(id, ORG, new ServiceView(id, ORG, code, code, kind, null, null, List.of(), List.of(fares)));
    }

    private static RunView runOn(String code, LocalDate day) {
        return new RunView("Run:1", ORG, TransportService.idOf(ORG, code), ServiceKind.DEMAND_RESPONSIVE, day,
                LocalTime.of(9, 0), day.minusDays(1).atTime(17, 0), "Vehicle:1", "Driver:1", 9, 1, List.of(),
                List.of(), null);
    }

    private Fare quote(String code, LocalDate day, Double km, Integer overrideYen, String reason) {
        return quotes.quote(ORG, runOn(code, day), HOME, CLINIC, km, overrideYen, reason, 0, null);
    }

    @Test
    void withoutAnOverrideTheFareIsTheTablesPriceOnTheDayOfTheRun() {
        service("bus", ServiceKind.DEMAND_RESPONSIVE, new FareVersion(LocalDate.of(2024, 4, 1), FareTable.flat(300)),
                new FareVersion(DAY, FareTable.flat(400)), new FareVersion(DAY.plusDays(1), FareTable.flat(500)));

        assertThat(quote("bus", DAY, null, null, null)).isEqualTo(new Fare(400, 400, null, 0, null));
        assertThat(quote("bus", DAY.minusDays(1), null, null, null)).isEqualTo(new Fare(300, 300, null, 0, null));
        assertThat(quote("bus", DAY, null, null, null).overridesTable()).isFalse();
    }

    @Test
    void aSectionTableIsPricedByTheSectionsBetweenPickupAndDropOff() {
        service("route", ServiceKind.FIXED_ROUTE,
                new FareVersion(DAY, FareTable.sections(java.util.Map.of("a", 1, "b", 2), List.of(200, 300))));

        assertThat(quotes.quote(ORG, runOn("route", DAY), Place.stop("a"), Place.stop("b"), null, null, null, 0, null))
                .isEqualTo(new Fare(300, 300, null, 0, null));
    }

    @Test
    void aDistanceTableIsPricedByTheRidesDistance() {
        service("taxi", ServiceKind.DEMAND_RESPONSIVE,
                new FareVersion(DAY, FareTable.distance(500, 5, 100)));

        assertThat(quote("taxi", DAY, 7.2, null, null)).isEqualTo(new Fare(800, 800, null, 0, null));
    }

    @Test
    void anOverrideKeepsTheTablesPriceBesideItAndTheReason() {
        service("bus", ServiceKind.DEMAND_RESPONSIVE, new FareVersion(DAY, FareTable.flat(300)));

        Fare fare = quote("bus", DAY, null, 100, "障害者割引");

        assertThat(fare).isEqualTo(new Fare(100, 300, "障害者割引", 0, null));
        assertThat(fare.overridesTable()).isTrue();
    }

    @Test
    void anOverrideWithoutATableHasNoTablePrice() {
        service("bus", ServiceKind.DEMAND_RESPONSIVE);

        assertThat(quote("bus", DAY, null, 250, "臨時")).isEqualTo(new Fare(250, null, "臨時", 0, null));
    }

    @Test
    void withoutATableTheFareIsZeroAndCountsAsAnOverrideSoTheRunAsksForAReason() {
        service("bus", ServiceKind.DEMAND_RESPONSIVE, new FareVersion(DAY.plusDays(1), FareTable.flat(300)));

        Fare fare = quote("bus", DAY, null, null, null);

        assertThat(fare).isEqualTo(new Fare(0, null, null, 0, null));
        assertThat(fare.overridesTable()).isTrue();
    }

    @Test
    void aTableThatCannotPriceTheRideCountsAsNoTable() {
        service("taxi", ServiceKind.DEMAND_RESPONSIVE, new FareVersion(DAY, FareTable.distance(500, 5, 100)));

        assertThat(quote("taxi", DAY, null, null, null)).isEqualTo(new Fare(0, null, null, 0, null));
    }

    @Test
    void anUnknownServiceOrAnotherOrganizationsServiceGivesNoTable() {
        service("bus", ServiceKind.DEMAND_RESPONSIVE, new FareVersion(DAY, FareTable.flat(300)));

        assertThat(quote("unknown", DAY, null, null, null)).isEqualTo(new Fare(0, null, null, 0, null));
        assertThat(quotes.quote("other", runOn("bus", DAY), HOME, CLINIC, null, null, null, 0, null))
                .isEqualTo(new Fare(0, null, null, 0, null));
    }

    @Test
    void aVolunteerServiceTakesNoFare() {
        service("volunteer", ServiceKind.VOLUNTEER);

        Fare fare = quote("volunteer", DAY, null, null, null);

        assertThat(fare).isEqualTo(new Fare(0, 0, null, 0, null));
        assertThat(fare.overridesTable()).isFalse();
    }

    @Test
    void anOverrideOnAVolunteerServiceIsPassedOnForTheRunToRefuse() {
        service("volunteer", ServiceKind.VOLUNTEER);

        assertThat(quote("volunteer", DAY, null, 300, "謝礼")).isEqualTo(new Fare(300, null, "謝礼", 0, null));
    }

    @Test
    void extraChargesAreKeptApartFromTheFareInEveryCase() {
        service("bus", ServiceKind.DEMAND_RESPONSIVE, new FareVersion(DAY, FareTable.flat(300)));
        service("volunteer", ServiceKind.VOLUNTEER);

        assertThat(quotes.quote(ORG, runOn("bus", DAY), HOME, CLINIC, null, null, null, 200, "迎車"))
                .isEqualTo(new Fare(300, 300, null, 200, "迎車"));
        assertThat(quotes.quote(ORG, runOn("bus", DAY), HOME, CLINIC, null, 100, "割引", 200, "迎車"))
                .isEqualTo(new Fare(100, 300, "割引", 200, "迎車"));
        assertThat(quotes.quote(ORG, runOn("volunteer", DAY), HOME, CLINIC, null, null, null, 150, "介助"))
                .isEqualTo(new Fare(0, 0, null, 150, "介助"));
        assertThat(quotes.quote(ORG, runOn("unknown", DAY), HOME, CLINIC, null, null, null, 200, "待機"))
                .isEqualTo(new Fare(0, null, null, 200, "待機"));
    }
}
