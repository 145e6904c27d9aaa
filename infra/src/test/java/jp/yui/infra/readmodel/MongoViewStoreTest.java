package jp.yui.infra.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.query.RunView;
import jp.yui.infra.eventstore.EmbeddedStore;

class MongoViewStoreTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    private static RunView run(String id, String org, int seats) {
        RunView.Booking booking = new RunView.Booking("Booking:1", "Resident:1", "op", Caller.FAMILY, Place.atHome(),
                Place.stop("clinic"), LocalTime.of(9, 10), 2, 1, false, TripPurpose.HOSPITAL, null,
                new Fare(200, 300, "割引", 100, "迎車"), LocalDateTime.of(2026, 11, 20, 10, 0), null, null, null,
                null, null, null);
        return new RunView(id, org, "minato-bus", ServiceKind.DEMAND_RESPONSIVE, LocalDate.of(2026, 11, 24),
                LocalTime.of(9, 30), LocalDateTime.of(2026, 11, 23, 17, 0), "Vehicle:1", "Driver:1", seats, 1,
                List.of(booking), null, null);
    }

    @Test
    void viewsRoundTripAndAreFoundByOrganization() {
        MongoViewStore<RunView> views = new MongoViewStore<>(store.client().getDatabase(store.freshDatabase()),
                "view_runs", RunView.class);
        views.save("Run:b", "minato", run("Run:b", "minato", 8));
        views.save("Run:a", "minato", run("Run:a", "minato", 8));
        views.save("Run:c", "oto", run("Run:c", "oto", 3));

        assertThat(views.find("Run:b")).contains(run("Run:b", "minato", 8));
        assertThat(views.find("Run:x")).isEmpty();
        assertThat(views.findByOrganization("minato")).extracting(RunView::runId).containsExactly("Run:a", "Run:b");

        views.save("Run:b", "minato", run("Run:b", "minato", 4));
        views.save("Run:b", "minato", run("Run:b", "minato", 4));
        assertThat(views.find("Run:b").orElseThrow().seats()).isEqualTo(4);
        assertThat(views.findByOrganization("minato")).hasSize(2);

        views.deleteAll();
        assertThat(views.findByOrganization("minato")).isEmpty();
    }

    private static RunView on(RunView run, LocalDate date, String driver) {
        return new RunView(run.runId(), run.organizationId(), run.serviceId(), run.serviceKind(), date, run.departure(),
                run.bookingDeadline(), run.vehicleId(), driver, run.seats(), run.wheelchairSpaces(), run.bookings(),
                run.turnedDown(), run.duty());
    }

    @Test
    void viewsAreFoundByTheirKeysWithinTheOrganization() {
        MongoViewStore<RunView> views = new MongoViewStore<>(store.client().getDatabase(store.freshDatabase()),
                "view_runs", RunView.class, RunView.BY_DATE, RunView.BY_DRIVER);
        LocalDate monday = LocalDate.of(2026, 11, 23);
        views.save("Run:1", "minato", on(run("Run:1", "minato", 8), monday, "Driver:1"));
        views.save("Run:2", "minato", on(run("Run:2", "minato", 8), monday.plusDays(1), "Driver:1"));
        views.save("Run:3", "minato", on(run("Run:3", "minato", 8), monday, "Driver:2"));
        views.save("Run:4", "oto", on(run("Run:4", "oto", 8), monday, "Driver:1"));

        assertThat(views.findBy("minato", "serviceDate", "2026-11-23")).extracting(RunView::runId)
                .containsExactly("Run:1", "Run:3");
        assertThat(views.findBy("minato", "driverId", "Driver:1")).extracting(RunView::runId)
                .containsExactly("Run:1", "Run:2");

        views.save("Run:1", "minato", on(run("Run:1", "minato", 8), monday.plusDays(1), "Driver:2"));
        assertThat(views.findBy("minato", "serviceDate", "2026-11-23")).extracting(RunView::runId)
                .containsExactly("Run:3");
        assertThat(views.findBy("minato", "serviceDate", "2026-11-24")).extracting(RunView::runId)
                .containsExactly("Run:1", "Run:2");
        assertThatThrownBy(() -> views.findBy("minato", "vehicleId", "Vehicle:1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void viewsSavedBeforeAKeyWasDeclaredGetItsValuesWhenTheStoreStarts() {
        var database = store.client().getDatabase(store.freshDatabase());
        MongoViewStore<RunView> before = new MongoViewStore<>(database, "view_runs", RunView.class);
        before.save("Run:1", "minato", run("Run:1", "minato", 8));
        before.save("Run:2", "oto", run("Run:2", "oto", 8));

        MongoViewStore<RunView> after = new MongoViewStore<>(database, "view_runs", RunView.class, RunView.BY_DATE);

        assertThat(after.findBy("minato", "serviceDate", "2026-11-24")).extracting(RunView::runId)
                .containsExactly("Run:1");
        assertThat(after.findBy("oto", "serviceDate", "2026-11-24")).extracting(RunView::runId)
                .containsExactly("Run:2");
    }
}
