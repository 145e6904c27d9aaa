package jp.yui.app.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import jp.yui.app.admin.RebuildableView;
import jp.yui.app.residents.DirectorySearchKeys;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.residents.query.ResidentsProjection;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.query.DriverView;
import jp.yui.domain.transport.query.RecurringBookingsProjection;
import jp.yui.domain.transport.query.RecurringBookingsProjection.RecurringBookingView;
import jp.yui.domain.transport.query.ReferenceDataProjection;
import jp.yui.domain.transport.query.RunView;
import jp.yui.domain.transport.query.RunsProjection;
import jp.yui.domain.transport.query.ServiceView;
import jp.yui.domain.transport.query.VehicleView;
import jp.yui.infra.privacy.KeyRing;
import jp.yui.infra.readmodel.MongoViewStore;

/** The read models (views) of transport and residents, and the projections that keep them. */
@Configuration(proxyBeanMethods = false)
class ViewConfiguration {

    /** The organizations keep Japanese time: deadlines, days of service and cancellations are counted in it. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Tokyo"));
    }

    static final String SERVICES = "view_services";
    static final String VEHICLES = "view_vehicles";
    static final String DRIVERS = "view_drivers";
    static final String RUNS = "view_runs";
    static final String RECURRING_BOOKINGS = "view_recurring_bookings";
    static final String RESIDENTS = "view_residents";

    // Each store is made here once, for its live collection (suffix "") and for a rebuild's (see RebuildableView).

    private static ViewStore<ServiceView> services(MongoDatabase database, String suffix) {
        return new MongoViewStore<>(database, SERVICES + suffix, ServiceView.class);
    }

    private static ViewStore<VehicleView> vehicles(MongoDatabase database, String suffix) {
        return new MongoViewStore<>(database, VEHICLES + suffix, VehicleView.class);
    }

    private static ViewStore<DriverView> drivers(MongoDatabase database, String suffix) {
        return new MongoViewStore<>(database, DRIVERS + suffix, DriverView.class);
    }

    private static ViewStore<RunView> runs(MongoDatabase database, String suffix) {
        return new MongoViewStore<>(database, RUNS + suffix, RunView.class, RunView.BY_DATE, RunView.BY_DRIVER);
    }

    private static ViewStore<RecurringBookingView> recurring(MongoDatabase database, String suffix) {
        return new MongoViewStore<>(database, RECURRING_BOOKINGS + suffix, RecurringBookingView.class);
    }

    private static ViewStore<ResidentView> residents(MongoDatabase database, DirectorySearchKeys searchKeys,
                                                     String suffix) {
        return new MongoViewStore<>(database, RESIDENTS + suffix, ResidentView.class, ResidentView.BY_MEMBER_NUMBER,
                searchKeys.phones(), searchKeys.kanaPrefixes());
    }

    @Bean
    ViewStore<ServiceView> serviceViews(MongoDatabase database) {
        return services(database, "");
    }

    @Bean
    ViewStore<VehicleView> vehicleViews(MongoDatabase database) {
        return vehicles(database, "");
    }

    @Bean
    ViewStore<DriverView> driverViews(MongoDatabase database) {
        return drivers(database, "");
    }

    @Bean
    ViewStore<RunView> runViews(MongoDatabase database) {
        return runs(database, "");
    }

    @Bean
    ViewStore<RecurringBookingView> recurringViews(MongoDatabase database) {
        return recurring(database, "");
    }

    @Bean
    ViewStore<ResidentView> residentViews(MongoDatabase database, DirectorySearchKeys searchKeys) {
        return residents(database, searchKeys, "");
    }

    @Bean
    DirectorySearchKeys directorySearchKeys(KeyRing keys, PersonalDataVault vault) {
        return new DirectorySearchKeys(keys, vault);
    }

    @Bean
    ReferenceDataProjection referenceDataProjection(ViewStore<ServiceView> services, ViewStore<VehicleView> vehicles,
                                                    ViewStore<DriverView> drivers) {
        return new ReferenceDataProjection(new ReferenceDataProjection.ViewStoreSet(services, vehicles, drivers));
    }

    @Bean
    RunsProjection runsProjection(ViewStore<RunView> runs) {
        return new RunsProjection(runs);
    }

    @Bean
    RecurringBookingsProjection recurringBookingsProjection(ViewStore<RecurringBookingView> patterns) {
        return new RecurringBookingsProjection(patterns);
    }

    @Bean
    ResidentsProjection residentsProjection(ViewStore<ResidentView> residents) {
        return new ResidentsProjection(residents);
    }

    @Bean
    RebuildableView rebuildableReferenceData(MongoDatabase database) {
        return new RebuildableView("reference-data", ReferenceDataProjection.PROCESSING_GROUP,
                List.of(SERVICES, VEHICLES, DRIVERS), suffix -> new ReferenceDataProjection(
                        new ReferenceDataProjection.ViewStoreSet(services(database, suffix),
                                vehicles(database, suffix), drivers(database, suffix))));
    }

    @Bean
    RebuildableView rebuildableRuns(MongoDatabase database) {
        return new RebuildableView("runs", RunsProjection.PROCESSING_GROUP, List.of(RUNS),
                suffix -> new RunsProjection(runs(database, suffix)));
    }

    @Bean
    RebuildableView rebuildableRecurringBookings(MongoDatabase database) {
        return new RebuildableView("recurring-bookings", RecurringBookingsProjection.PROCESSING_GROUP,
                List.of(RECURRING_BOOKINGS), suffix -> new RecurringBookingsProjection(recurring(database, suffix)));
    }

    @Bean
    RebuildableView rebuildableResidents(MongoDatabase database, DirectorySearchKeys searchKeys) {
        return new RebuildableView("residents", ResidentsProjection.PROCESSING_GROUP, List.of(RESIDENTS),
                suffix -> new ResidentsProjection(residents(database, searchKeys, suffix)));
    }
}
