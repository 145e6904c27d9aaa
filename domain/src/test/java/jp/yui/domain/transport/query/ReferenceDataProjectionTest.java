package jp.yui.domain.transport.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.yui.domain.shared.query.InMemoryViewStore;
import jp.yui.domain.transport.TransportExamples;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.DriverRegistered;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.FareTableSet;
import jp.yui.domain.transport.api.LicenceKind;
import jp.yui.domain.transport.api.ServiceCalendarChanged;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.ServiceRegistered;
import jp.yui.domain.transport.api.StopAdded;
import jp.yui.domain.transport.api.VehicleRegistered;

class ReferenceDataProjectionTest {

    private static final String S = "Service:minato:bus";
    private static final BookingDeadline DEADLINE = new BookingDeadline(1, LocalTime.of(17, 0));

    private static final List<Object> HISTORY = List.of(
            new ServiceRegistered(S, "minato", "bus", "みなとバス", ServiceKind.DEMAND_RESPONSIVE, DEADLINE,
                    TransportExamples.TUE_FRI),
            new StopAdded(S, "minato", "s1", "湊支所", "みなとししょ", 37.4, 140.0),
            new StopAdded(S, "minato", "s2", "赤井", "あかい", 37.5, 140.1),
            new FareTableSet(S, "minato", LocalDate.of(2025, 4, 1), FareTable.flat(300)),
            new FareTableSet(S, "minato", LocalDate.of(2026, 4, 1), FareTable.flat(400)),
            new ServiceCalendarChanged(S, "minato", TransportExamples.TUE_FRI, new BookingDeadline(0, LocalTime.of(8, 0))),
            new VehicleRegistered("Vehicle:1", "minato", "会津 500 あ 1", 9, 1),
            new DriverRegistered("Driver:1", "minato", jp.yui.domain.shared.ClearVault.INSTANCE.seal("Driver:1", "運転 一郎"), LicenceKind.CLASS_2, LocalDate.of(2030, 1, 1),
                    DriverQualification.CLASS_2_LICENCE, "driver1"));

    private static ReferenceDataProjection.ViewStoreSet apply(int times) {
        var views = new ReferenceDataProjection.ViewStoreSet(new InMemoryViewStore<>(), new InMemoryViewStore<>(),
                new InMemoryViewStore<>());
        ReferenceDataProjection projection = new ReferenceDataProjection(views);
        for (Object event : HISTORY) {
            for (int i = 0; i < times; i++) {
                jp.yui.domain.shared.EventDispatch.dispatch(projection, event);
            }
        }
        return views;
    }

    @Test
    void serviceHasStopsCalendarAndFareTablesByDate() {
        ServiceView service = apply(1).services().find(S).orElseThrow();
        assertThat(service.stops()).extracting(ServiceView.Stop::stopId).containsExactly("s1", "s2");
        assertThat(service.deadline().time()).isEqualTo(LocalTime.of(8, 0));
        assertThat(service.fareTableOn(LocalDate.of(2026, 3, 31))).contains(FareTable.flat(300));
        assertThat(service.fareTableOn(LocalDate.of(2026, 4, 1))).contains(FareTable.flat(400));
        assertThat(service.fareTableOn(LocalDate.of(2025, 3, 31))).isEmpty();
    }

    @Test
    void everyEventAppliedTwiceChangesNothing() {
        var once = apply(1);
        var twice = apply(2);
        assertThat(twice.services().find(S)).isEqualTo(once.services().find(S));
        assertThat(twice.vehicles().findByOrganization("minato")).isEqualTo(once.vehicles().findByOrganization("minato"));
        assertThat(twice.drivers().findByOrganization("minato")).isEqualTo(once.drivers().findByOrganization("minato"));
    }

    @Test
    void eachEventTwiceOrAnyTailOfTheHistoryAgainChangesNothing() {
        jp.yui.domain.shared.ProjectionHistory.assertRedeliveryChangesNothing(ReferenceDataProjection.class,
                () -> new ReferenceDataProjection.ViewStoreSet(new InMemoryViewStore<>(), new InMemoryViewStore<>(),
                        new InMemoryViewStore<>()),
                ReferenceDataProjection::new,
                v -> List.of(v.services().findByOrganization("minato"), v.vehicles().findByOrganization("minato"),
                        v.drivers().findByOrganization("minato")),
                HISTORY);
    }

    @Test
    void serviceVehicleAndDriverViewsCarryWhatWasRegistered() {
        var views = apply(1);
        ServiceView service = views.services().find(S).orElseThrow();
        assertThat(service).extracting(ServiceView::organizationId, ServiceView::code, ServiceView::name,
                ServiceView::kind, ServiceView::calendar)
                .containsExactly("minato", "bus", "みなとバス", ServiceKind.DEMAND_RESPONSIVE, TransportExamples.TUE_FRI);
        assertThat(service.stop("s2")).contains(new ServiceView.Stop("s2", "赤井", "あかい", 37.5, 140.1));
        assertThat(service.stop("s3")).isEmpty();
        assertThat(views.vehicles().find("Vehicle:1"))
                .contains(new VehicleView("Vehicle:1", "minato", "会津 500 あ 1", 9, 1));
        assertThat(views.drivers().find("Driver:1")).map(DriverView::userName).contains("driver1");
        assertThat(views.drivers().find("Driver:1")).map(DriverView::licenceExpiry).contains(LocalDate.of(2030, 1, 1));
    }

    @Test
    void aStopAddedAgainReplacesTheEarlierOneInTheLastPlace() {
        var views = apply(1);
        var projection = new ReferenceDataProjection(views);
        jp.yui.domain.shared.EventDispatch.dispatch(projection, new StopAdded(S, "minato", "s1", "湊支所前", "みなとししょまえ", 37.41, 140.0));
        ServiceView service = views.services().find(S).orElseThrow();
        assertThat(service.stops()).extracting(ServiceView.Stop::stopId).containsExactly("s2", "s1");
        assertThat(service.stop("s1")).map(ServiceView.Stop::name).contains("湊支所前");
    }

    @Test
    void stopsCalendarsAndFaresOfAnUnknownServiceAreIgnored() {
        var views = apply(1);
        var projection = new ReferenceDataProjection(views);
        String other = "Service:minato:other";
        jp.yui.domain.shared.EventDispatch.dispatch(projection, new StopAdded(other, "minato", "s1", "x", "x", 0, 0));
        jp.yui.domain.shared.EventDispatch.dispatch(projection, new ServiceCalendarChanged(other, "minato",
                TransportExamples.TUE_FRI, DEADLINE));
        jp.yui.domain.shared.EventDispatch.dispatch(projection, new FareTableSet(other, "minato",
                LocalDate.of(2026, 4, 1), FareTable.flat(1)));
        assertThat(views.services().find(other)).isEmpty();
        assertThat(views.services().findByOrganization("minato")).hasSize(1);
    }

    @Test
    void aCalendarChangeReplacesCalendarAndDeadline() {
        var views = apply(1);
        var projection = new ReferenceDataProjection(views);
        var mondays = jp.yui.domain.transport.api.ServiceCalendar.weekdays(java.time.DayOfWeek.MONDAY);
        jp.yui.domain.shared.EventDispatch.dispatch(projection, new ServiceCalendarChanged(S, "minato", mondays,
                DEADLINE));
        ServiceView service = views.services().find(S).orElseThrow();
        assertThat(service.calendar()).isEqualTo(mondays);
        assertThat(service.deadline()).isEqualTo(DEADLINE);
        assertThat(service.stops()).hasSize(2);
        assertThat(service.fares()).hasSize(2);
    }

    @Test
    void resetEmptiesServicesVehiclesAndDrivers() {
        var views = apply(1);
        new ReferenceDataProjection(views).reset();
        assertThat(views.services().findByOrganization("minato")).isEmpty();
        assertThat(views.vehicles().findByOrganization("minato")).isEmpty();
        assertThat(views.drivers().findByOrganization("minato")).isEmpty();
    }
}
