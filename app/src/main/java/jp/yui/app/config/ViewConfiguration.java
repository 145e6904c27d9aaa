package jp.yui.app.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

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

    @Bean
    ViewStore<ServiceView> serviceViews(MongoDatabase database) {
        return new MongoViewStore<>(database, "view_services", ServiceView.class);
    }

    @Bean
    ViewStore<VehicleView> vehicleViews(MongoDatabase database) {
        return new MongoViewStore<>(database, "view_vehicles", VehicleView.class);
    }

    @Bean
    ViewStore<DriverView> driverViews(MongoDatabase database) {
        return new MongoViewStore<>(database, "view_drivers", DriverView.class);
    }

    @Bean
    ViewStore<RunView> runViews(MongoDatabase database) {
        return new MongoViewStore<>(database, "view_runs", RunView.class, RunView.BY_DATE, RunView.BY_DRIVER);
    }

    @Bean
    ViewStore<RecurringBookingView> recurringViews(MongoDatabase database) {
        return new MongoViewStore<>(database, "view_recurring_bookings", RecurringBookingView.class);
    }

    @Bean
    ViewStore<ResidentView> residentViews(MongoDatabase database, DirectorySearchKeys searchKeys) {
        return new MongoViewStore<>(database, "view_residents", ResidentView.class, ResidentView.BY_MEMBER_NUMBER,
                searchKeys.phones(), searchKeys.kanaPrefixes());
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
}
