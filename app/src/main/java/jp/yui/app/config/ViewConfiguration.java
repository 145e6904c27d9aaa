package jp.yui.app.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import jp.yui.app.admin.RebuildableView;
import jp.yui.app.residents.DirectorySearchKeys;
import jp.yui.domain.market.query.MarketReferenceProjection;
import jp.yui.domain.market.query.ProducerView;
import jp.yui.domain.market.query.ProductView;
import jp.yui.domain.market.query.SaleView;
import jp.yui.domain.market.query.SalesPointView;
import jp.yui.domain.market.query.SettlementItemView;
import jp.yui.domain.market.query.SettlementView;
import jp.yui.domain.market.query.SettlementsProjection;
import jp.yui.domain.market.query.TillSessionView;
import jp.yui.domain.market.query.TillSessionsProjection;
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

/** The read models (views) of transport, residents and the market, and the projections that keep them. */
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
    static final String PRODUCERS = "view_producers";
    static final String PRODUCTS = "view_products";
    static final String SALES_POINTS = "view_sales_points";
    static final String TILL_SESSIONS = "view_till_sessions";
    static final String SALES = "view_sales";
    static final String SETTLEMENT_ITEMS = "view_settlement_items";
    static final String SETTLEMENTS = "view_settlements";

    // Each store is made here once, for its live collection (suffix "") and for a rebuild's (see RebuildableView).

    /**
     * With the embedded store, each view store has a cache for its processor, the collection's only writer (see
     * CachedViewStore); a rebuild's collection, and a live one still empty, start known to be empty. Not with
     * MONGODB_URI: there another node may take a processor's segment over and write the collection.
     */
    static <V> ViewStore<V> cached(MongoDatabase database, boolean cache, String collection,
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

    private static ViewStore<ProducerView> producers(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, PRODUCERS + suffix, new MongoViewStore<>(database, PRODUCERS + suffix,
                ProducerView.class, ProducerView.BY_NUMBER));
    }

    private static ViewStore<ProductView> products(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, PRODUCTS + suffix, new MongoViewStore<>(database, PRODUCTS + suffix,
                ProductView.class, ProductView.BY_CODE, ProductView.BY_PRODUCER));
    }

    private static ViewStore<SalesPointView> salesPoints(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, SALES_POINTS + suffix, new MongoViewStore<>(database, SALES_POINTS + suffix,
                SalesPointView.class, SalesPointView.BY_TILL));
    }

    private static ViewStore<TillSessionView> tillSessions(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, TILL_SESSIONS + suffix, new MongoViewStore<>(database, TILL_SESSIONS + suffix,
                TillSessionView.class, TillSessionView.BY_DATE));
    }

    private static ViewStore<SaleView> sales(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, SALES + suffix, new MongoViewStore<>(database, SALES + suffix,
                SaleView.class, SaleView.BY_RECEIPT));
    }

    private static ViewStore<SettlementItemView> settlementItems(MongoDatabase database, boolean cache,
                                                                 String suffix) {
        return cached(database, cache, SETTLEMENT_ITEMS + suffix, new MongoViewStore<>(database,
                SETTLEMENT_ITEMS + suffix, SettlementItemView.class, SettlementItemView.UNSETTLED_BY_PRODUCER));
    }

    private static ViewStore<SettlementView> settlements(MongoDatabase database, boolean cache, String suffix) {
        return cached(database, cache, SETTLEMENTS + suffix, new MongoViewStore<>(database, SETTLEMENTS + suffix,
                SettlementView.class, SettlementView.BY_PRODUCER));
    }

    private static MarketReferenceProjection.ViewStoreSet marketReference(MongoDatabase database, boolean cache,
                                                                           String suffix) {
        return new MarketReferenceProjection.ViewStoreSet(producers(database, cache, suffix),
                products(database, cache, suffix), salesPoints(database, cache, suffix));
    }

    private static TillSessionsProjection.ViewStoreSet tills(MongoDatabase database, boolean cache, String suffix) {
        return new TillSessionsProjection.ViewStoreSet(tillSessions(database, cache, suffix),
                sales(database, cache, suffix));
    }

    private static SettlementsProjection.ViewStoreSet settling(MongoDatabase database, boolean cache,
                                                               String suffix) {
        return new SettlementsProjection.ViewStoreSet(settlementItems(database, cache, suffix),
                settlements(database, cache, suffix));
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

    // The market: each projection's stores made once here (live) and once per rebuild, like transport's.

    @Bean
    MarketReferenceProjection.ViewStoreSet marketReferenceViews(MongoDatabase database, YuiProperties properties) {
        return marketReference(database, properties.embedded(), "");
    }

    @Bean
    TillSessionsProjection.ViewStoreSet tillViews(MongoDatabase database, YuiProperties properties) {
        return tills(database, properties.embedded(), "");
    }

    @Bean
    SettlementsProjection.ViewStoreSet settlementViews(MongoDatabase database, YuiProperties properties) {
        return settling(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<ProducerView> producerViews(MarketReferenceProjection.ViewStoreSet views) {
        return views.producers();
    }

    @Bean
    ViewStore<ProductView> productViews(MarketReferenceProjection.ViewStoreSet views) {
        return views.products();
    }

    @Bean
    ViewStore<SalesPointView> salesPointViews(MarketReferenceProjection.ViewStoreSet views) {
        return views.salesPoints();
    }

    @Bean
    ViewStore<TillSessionView> tillSessionViews(TillSessionsProjection.ViewStoreSet views) {
        return views.sessions();
    }

    @Bean
    ViewStore<SaleView> saleViews(TillSessionsProjection.ViewStoreSet views) {
        return views.sales();
    }

    @Bean
    ViewStore<SettlementItemView> settlementItemViews(SettlementsProjection.ViewStoreSet views) {
        return views.items();
    }

    @Bean
    ViewStore<SettlementView> settlementViewStore(SettlementsProjection.ViewStoreSet views) {
        return views.settlements();
    }

    @Bean
    MarketReferenceProjection marketReferenceProjection(MarketReferenceProjection.ViewStoreSet views) {
        return new MarketReferenceProjection(views);
    }

    @Bean
    TillSessionsProjection tillSessionsProjection(TillSessionsProjection.ViewStoreSet views) {
        return new TillSessionsProjection(views);
    }

    @Bean
    SettlementsProjection settlementsProjection(SettlementsProjection.ViewStoreSet views) {
        return new SettlementsProjection(views);
    }

    @Bean
    RebuildableView rebuildableMarketReference(MongoDatabase database, YuiProperties properties) {
        return new RebuildableView("market-reference", MarketReferenceProjection.PROCESSING_GROUP,
                List.of(PRODUCERS, PRODUCTS, SALES_POINTS),
                suffix -> new MarketReferenceProjection(marketReference(database, properties.embedded(), suffix)));
    }

    @Bean
    RebuildableView rebuildableTillSessions(MongoDatabase database, YuiProperties properties) {
        return new RebuildableView("till-sessions", TillSessionsProjection.PROCESSING_GROUP,
                List.of(TILL_SESSIONS, SALES),
                suffix -> new TillSessionsProjection(tills(database, properties.embedded(), suffix)));
    }

    @Bean
    RebuildableView rebuildableSettlements(MongoDatabase database, YuiProperties properties) {
        return new RebuildableView("settlements", SettlementsProjection.PROCESSING_GROUP,
                List.of(SETTLEMENT_ITEMS, SETTLEMENTS),
                suffix -> new SettlementsProjection(settling(database, properties.embedded(), suffix)));
    }
}
