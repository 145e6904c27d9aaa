package jp.yui.domain.transport.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.yui.domain.shared.EventDispatch;
import jp.yui.domain.shared.query.InMemoryViewStore;
import jp.yui.domain.transport.TransportExamples;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.FareTableSet;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.ServiceRegistered;

/**
 * The fare a ride is quoted, as the booking screen gets it: the service's fare table in force on the run's date
 * (kept by {@link ReferenceDataProjection} from {@link FareTableSet} events), then that table's price for the ride.
 */
class FareQuotingTest {

    private static final LocalDate CHANGE = LocalDate.of(2026, 4, 1);
    private static final Place CLINIC = Place.stop("clinic");
    private static final Place STATION = Place.stop("station");

    private final String org = "org-" + UUID.randomUUID();
    private final String serviceId = "Service:" + org + ":bus";
    private final InMemoryViewStore<ServiceView> services = new InMemoryViewStore<>();
    private final ReferenceDataProjection projection = new ReferenceDataProjection(
            new ReferenceDataProjection.ViewStoreSet(services, new InMemoryViewStore<>(), new InMemoryViewStore<>()));

    private void given(Object... events) {
        EventDispatch.dispatch(projection, new ServiceRegistered(serviceId, org, "bus", "みなとバス",
                ServiceKind.DEMAND_RESPONSIVE, new BookingDeadline(1, LocalTime.of(17, 0)), TransportExamples.TUE_FRI));
        for (Object event : events) {
            EventDispatch.dispatch(projection, event);
        }
    }

    private FareTableSet fares(LocalDate from, FareTable table) {
        return new FareTableSet(serviceId, org, from, table);
    }

    /** What the booking screen quotes for a ride on a date, empty when no table prices it. */
    private OptionalInt quote(LocalDate runDate, Place from, Place to, Double km) {
        return services.find(serviceId).orElseThrow().fareTableOn(runDate)
                .map(t -> t.fareFor(from, to, km)).orElse(OptionalInt.empty());
    }

    @Test
    void aRideIsPricedByTheTableInForceOnTheRunsDateNotOnTheBookingDate() {
        given(fares(LocalDate.of(2025, 4, 1), FareTable.flat(300)), fares(CHANGE, FareTable.flat(400)));

        assertThat(quote(CHANGE.minusDays(1), CLINIC, STATION, null)).hasValue(300);
        assertThat(quote(CHANGE, CLINIC, STATION, null)).hasValue(400);
        assertThat(quote(CHANGE.plusDays(1), CLINIC, STATION, null)).hasValue(400);
        assertThat(quote(CHANGE.plusYears(3), CLINIC, STATION, null)).hasValue(400);
    }

    @Test
    void aRideBeforeTheFirstTableHasNoQuote() {
        given(fares(CHANGE, FareTable.flat(400)));

        assertThat(quote(CHANGE.minusDays(1), CLINIC, STATION, null)).isEmpty();
        assertThat(quote(CHANGE, CLINIC, STATION, null)).hasValue(400);
    }

    @Test
    void aServiceWithoutFaresHasNoTable() {
        given();

        assertThat(services.find(serviceId).orElseThrow().fareTableOn(CHANGE)).isEmpty();
    }

    @Test
    void tablesSetOutOfDateOrderStillApplyByTheirEffectiveDate() {
        given(fares(LocalDate.of(2027, 4, 1), FareTable.flat(500)), fares(LocalDate.of(2025, 4, 1), FareTable.flat(300)),
                fares(CHANGE, FareTable.flat(400)));

        assertThat(quote(LocalDate.of(2026, 3, 31), CLINIC, STATION, null)).hasValue(300);
        assertThat(quote(LocalDate.of(2027, 3, 31), CLINIC, STATION, null)).hasValue(400);
        assertThat(quote(LocalDate.of(2027, 4, 1), CLINIC, STATION, null)).hasValue(500);
        assertThat(services.find(serviceId).orElseThrow().fares()).extracting(ServiceView.FareVersion::effectiveFrom)
                .containsExactly(LocalDate.of(2025, 4, 1), CHANGE, LocalDate.of(2027, 4, 1));
    }

    @Test
    void aTableSetAgainForTheSameDateReplacesTheEarlierOne() {
        given(fares(CHANGE, FareTable.flat(400)), fares(CHANGE, FareTable.flat(350)));

        assertThat(quote(CHANGE, CLINIC, STATION, null)).hasValue(350);
        assertThat(services.find(serviceId).orElseThrow().fares()).hasSize(1);
    }

    @Test
    void aChangeFromSectionToDistanceFaresAppliesFromItsDate() {
        FareTable sections = FareTable.sections(Map.of("clinic", 1, "station", 3), List.of(200, 300, 400));
        given(fares(LocalDate.of(2025, 4, 1), sections), fares(CHANGE, FareTable.distance(500, 2, 100)));

        // The day before: two sections crossed; a home pickup has no section price.
        assertThat(quote(CHANGE.minusDays(1), CLINIC, STATION, 4.5)).hasValue(400);
        assertThat(quote(CHANGE.minusDays(1), Place.atHome(), STATION, 4.5)).isEmpty();
        // From the day of the change: base 2 km, then 3 started kilometres; home is fine, the distance is needed.
        assertThat(quote(CHANGE, CLINIC, STATION, 4.5)).hasValue(800);
        assertThat(quote(CHANGE, Place.atHome(), STATION, 4.5)).hasValue(800);
        assertThat(quote(CHANGE, CLINIC, STATION, null)).isEmpty();
    }

    @Test
    void fareTablesOfAnUnknownServiceAreIgnored() {
        given();
        EventDispatch.dispatch(projection, new FareTableSet("Service:" + org + ":other", org, CHANGE,
                FareTable.flat(100)));

        assertThat(services.find("Service:" + org + ":other")).isEmpty();
        assertThat(services.find(serviceId).orElseThrow().fares()).isEmpty();
    }
}
