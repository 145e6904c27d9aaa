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
import jp.yui.app.admin.ViewRebuilds;
import jp.yui.infra.readmodel.CachedViewStore;
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

    /**
     * With the embedded store, each view store has a cache for its processor, the collection's only writer (see
     * CachedViewStore); a rebuild's collection, and a live one still empty, start known to be empty. Not with
     * MONGODB_URI: there another node may take a processor's segment over and write the collection.
     */
    private static <V> ViewStore<V> cached(MongoDatabase database, boolean cache, String collection,
                                           ViewStore<V> store) {
        if (!cache) {
            return store;
        }
        boolean empty = collection.endsWith(ViewRebuilds.SHADOW_SUFFIX)
                || database.getCollection(collection).estimatedDocumentCount() == 0;
        return new CachedViewStore<>(store, collection, empty);
    }

    private static ViewStore<ServiceView> services(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, SERVICES + suffix,
                new MongoViewStore<>(database, SERVICES + suffix, ServiceView.class));
    }

    private static ViewStore<VehicleView> vehicles(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, VEHICLES + suffix,
                new MongoViewStore<>(database, VEHICLES + suffix, VehicleView.class));
    }

    private static ViewStore<DriverView> drivers(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, DRIVERS + suffix,
                new MongoViewStore<>(database, DRIVERS + suffix, DriverView.class, DriverView.BY_USER_NAME));
    }

    private static ViewStore<RunView> runs(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, RUNS + suffix, new MongoViewStore<>(database, RUNS + suffix, RunView.class,
                RunView.BY_DATE, RunView.BY_DRIVER, RunView.BY_DRIVER_AND_DATE, RunView.BY_RESIDENT_MONTH));
    }

    private static ViewStore<RecurringBookingView> recurring(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, RECURRING_BOOKINGS + suffix,
                new MongoViewStore<>(database, RECURRING_BOOKINGS + suffix, RecurringBookingView.class));
    }

    private static ViewStore<ResidentView> residents(MongoDatabase database, boolean cache,
                                                     DirectorySearchKeys searchKeys, String suffix) {
        return cached(database, cache, RESIDENTS + suffix, new MongoViewStore<>(database, RESIDENTS + suffix,
                ResidentView.class, ResidentView.BY_MEMBER_NUMBER, searchKeys.phones(), searchKeys.kanaPrefixes()));
    }

    @Bean
    ViewStore<ServiceView> serviceViews(MongoDatabase database, YuiProperties properties) {
        return services(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<VehicleView> vehicleViews(MongoDatabase database, YuiProperties properties) {
        return vehicles(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<DriverView> driverViews(MongoDatabase database, YuiProperties properties) {
        return drivers(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<RunView> runViews(MongoDatabase database, YuiProperties properties) {
        return runs(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<RecurringBookingView> recurringViews(MongoDatabase database, YuiProperties properties) {
        return recurring(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<ResidentView> residentViews(MongoDatabase database, YuiProperties properties,
                                          DirectorySearchKeys searchKeys) {
        return residents(database, properties.embedded(), searchKeys, "");
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
    RebuildableView rebuildableReferenceData(MongoDatabase database, YuiProperties properties) {
        return new RebuildableView("reference-data", ReferenceDataProjection.PROCESSING_GROUP,
                List.of(SERVICES, VEHICLES, DRIVERS), suffix -> new ReferenceDataProjection(
                        new ReferenceDataProjection.ViewStoreSet(services(database, properties.embedded(), suffix),
                                vehicles(database, properties.embedded(), suffix),
                                drivers(database, properties.embedded(), suffix))));
    }

    @Bean
    RebuildableView rebuildableRuns(MongoDatabase database, YuiProperties properties) {
        return new RebuildableView("runs", RunsProjection.PROCESSING_GROUP, List.of(RUNS),
                suffix -> new RunsProjection(runs(database, properties.embedded(), suffix)));
    }

    @Bean
    RebuildableView rebuildableRecurringBookings(MongoDatabase database, YuiProperties properties) {
        return new RebuildableView("recurring-bookings", RecurringBookingsProjection.PROCESSING_GROUP,
                List.of(RECURRING_BOOKINGS),
                suffix -> new RecurringBookingsProjection(recurring(database, properties.embedded(), suffix)));
    }

    @Bean
    RebuildableView rebuildableResidents(MongoDatabase database, YuiProperties properties,
                                         DirectorySearchKeys searchKeys) {
        return new RebuildableView("residents", ResidentsProjection.PROCESSING_GROUP, List.of(RESIDENTS),
                suffix -> new ResidentsProjection(residents(database, properties.embedded(), searchKeys, suffix)));
    }
}
