package jp.yui.app.config;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import jp.yui.app.admin.RebuildableView;
import jp.yui.domain.market.query.SalesDay;
import jp.yui.domain.market.query.SalesFiguresProjection;
import jp.yui.domain.market.query.SalesMonth;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.infra.readmodel.MongoViewStore;

/**
 * The sales figures of the farm stand and markets (売上集計): day and month buckets kept by
 * {@link SalesFiguresProjection}, and their rebuild from the events.
 */
@Configuration(proxyBeanMethods = false)
class MarketFiguresConfiguration {

    static final String SALES_DAYS = "view_market_sales_days";
    static final String SALES_MONTHS = "view_market_sales_months";

    private static ViewStore<SalesDay> days(MongoDatabase database, boolean cache, String suffix) {
        return ViewConfiguration.cached(database, cache, SALES_DAYS + suffix,
                new MongoViewStore<>(database, SALES_DAYS + suffix, SalesDay.class));
    }

    private static ViewStore<SalesMonth> months(MongoDatabase database, boolean cache, String suffix) {
        return ViewConfiguration.cached(database, cache, SALES_MONTHS + suffix,
                new MongoViewStore<>(database, SALES_MONTHS + suffix, SalesMonth.class, SalesMonth.BY_MONTH));
    }

    @Bean
    ViewStore<SalesDay> salesDayViews(MongoDatabase database, YuiProperties properties) {
        return days(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<SalesMonth> salesMonthViews(MongoDatabase database, YuiProperties properties) {
        return months(database, properties.embedded(), "");
    }

    @Bean
    SalesFiguresProjection salesFiguresProjection(ViewStore<SalesDay> days, ViewStore<SalesMonth> months) {
        return new SalesFiguresProjection(days, months);
    }

    @Bean
    RebuildableView rebuildableSalesFigures(MongoDatabase database, YuiProperties properties) {
        return new RebuildableView("market-sales-figures", SalesFiguresProjection.PROCESSING_GROUP,
                List.of(SALES_DAYS, SALES_MONTHS), suffix -> new SalesFiguresProjection(
                        days(database, properties.embedded(), suffix), months(database, properties.embedded(), suffix)));
    }
}
