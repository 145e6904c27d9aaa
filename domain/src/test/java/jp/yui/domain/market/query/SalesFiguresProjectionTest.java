package jp.yui.domain.market.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.RateTotal;
import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.market.api.SaleRecorded;
import jp.yui.domain.market.api.SaleRefunded;
import jp.yui.domain.market.api.SaleVoided;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.api.TenderCount;
import jp.yui.domain.market.api.TillSessionClosed;
import jp.yui.domain.market.api.TillSessionOpened;
import jp.yui.domain.shared.EventDispatch;
import jp.yui.domain.shared.ProjectionHistory;
import jp.yui.domain.shared.query.InMemoryViewStore;

/**
 * The sales rollups for a scripted fortnight, every figure worked out by hand in the comments: a farm stand day with
 * sales at 8 % and 10 %, a void and a close ¥10 short, a refund the next day at the other till, and a market day.
 */
class SalesFiguresProjectionTest {

    static final String ORG = "Organization:minato";
    static final String FARM = "SalesPoint:farm";
    static final String MARKET = "SalesPoint:market";
    static final String TOMATO_GROWER = "Producer:tomato";
    static final String FLOWER_GROWER = "Producer:flower";
    static final LocalDate SATURDAY = LocalDate.of(2025, 6, 14);
    static final LocalDate SUNDAY = LocalDate.of(2025, 6, 15);
    static final LocalDate MARKET_DAY = LocalDate.of(2025, 10, 19);

    static final class Stores {
        final InMemoryViewStore<SalesDay> days = new InMemoryViewStore<>();
        final InMemoryViewStore<SalesMonth> months = new InMemoryViewStore<>(SalesMonth.BY_MONTH);
        final SalesFiguresProjection projection = new SalesFiguresProjection(days, months);

        Map<String, Object> state() {
            Map<String, Object> state = new TreeMap<>();
            for (String id : List.of(SalesDay.id(FARM, SATURDAY), SalesDay.id(FARM, SUNDAY),
                    SalesDay.id(MARKET, MARKET_DAY))) {
                state.put(id, days.find(id).orElse(null));
            }
            for (String month : List.of("2025-06", "2025-10")) {
                state.put(month, months.findBy(ORG, "month", month));
            }
            state.put("days", days.size());
            state.put("months", months.size());
            return state;
        }
    }

    static SaleLine line(String id, String producer, String group, int quantity, int price, int rate) {
        return new SaleLine(id, "Product:" + id, producer, group, group, quantity, price, rate);
    }

    static LocalDateTime at(LocalDate date, int hour) {
        return date.atTime(hour, 0);
    }

    static String session(String till, LocalDate date) {
        return "TillSession:" + till + "/" + date;
    }

    /** The history: each event once, in order. */
    static List<Object> history() {
        String till1 = "Till:farm-1";
        String till2 = "Till:farm-2";
        String marketTill = "Till:market-1";
        // S1: tomatoes 2 × ¥300 at 8 % (tax ⌊600×8/108⌋ = 44) and flowers ¥550 at 10 % (tax ⌊550×10/110⌋ = 50),
        // ¥1,150 in cash.
        List<SaleLine> s1 = List.of(line("tomato", TOMATO_GROWER, "野菜", 2, 300, 8),
                line("flowers", FLOWER_GROWER, "花", 1, 550, 10));
        // S2: cucumbers 3 × ¥150 and jam ¥700, both 8 %: ¥1,150, tax ⌊1150×8/108⌋ = 85, cashless.
        List<SaleLine> s2 = List.of(line("cucumber", TOMATO_GROWER, "野菜", 3, 150, 8),
                line("jam", FLOWER_GROWER, "加工品", 1, 700, 8));
        // S3 (Sunday): tomatoes 2 × ¥300 at 8 %, tax 44, cash.
        List<SaleLine> s3 = List.of(line("tomato", TOMATO_GROWER, "野菜", 2, 300, 8));
        // M1 (market): 3 × ¥400 at 8 %, ¥1,200, tax ⌊1200×8/108⌋ = 88, cashless.
        List<SaleLine> m1 = List.of(line("apple", FLOWER_GROWER, "果物", 3, 400, 8));
        return List.of(
                new TillSessionOpened(session(till1, SATURDAY), ORG, FARM, SalesPointKind.FARM_STAND, till1,
                        SATURDAY, 20_000, "staff", at(SATURDAY, 8)),
                new SaleRecorded(session(till1, SATURDAY), ORG, FARM, SalesPointKind.FARM_STAND, till1, SATURDAY,
                        "sale-1", "20250614-1-1", s1, List.of(new Payment(Tender.CASH, 1150, 2000)),
                        RateTotal.of(s1), 1150, "staff", at(SATURDAY, 9)),
                new SaleRecorded(session(till1, SATURDAY), ORG, FARM, SalesPointKind.FARM_STAND, till1, SATURDAY,
                        "sale-2", "20250614-1-2", s2, List.of(new Payment(Tender.CASHLESS, 1150, 1150)),
                        RateTotal.of(s2), 1150, "staff", at(SATURDAY, 10)),
                // The jam voided: ¥700 at 8 %, tax ⌊700×8/108⌋ = 51, back to the card.
                new SaleVoided(session(till1, SATURDAY), ORG, FARM, SalesPointKind.FARM_STAND, till1, SATURDAY,
                        "void-1", "sale-2", "20250614-1-2", List.of(s2.get(1)), RateTotal.of(List.of(s2.get(1))),
                        700, Tender.CASHLESS, "二重登録", "staff", at(SATURDAY, 11)),
                // Cash expected 20,000 + 1,150 = 21,150, counted 21,140: ¥10 short.
                new TillSessionClosed(session(till1, SATURDAY), ORG, FARM, till1, SATURDAY,
                        List.of(new TenderCount(Tender.CASH, 21_150, 21_140, -10),
                                new TenderCount(Tender.CASHLESS, 450, 450, 0)), "staff", at(SATURDAY, 17)),
                new TillSessionOpened(session(till2, SUNDAY), ORG, FARM, SalesPointKind.FARM_STAND, till2, SUNDAY,
                        20_000, "staff", at(SUNDAY, 8)),
                // One of Saturday's tomatoes brought back: ¥300 at 8 %, tax ⌊300×8/108⌋ = 22, cash.
                new SaleRefunded(session(till2, SUNDAY), ORG, FARM, SalesPointKind.FARM_STAND, till2, SUNDAY,
                        "refund-1", session(till1, SATURDAY), "sale-1", "20250614-1-1",
                        List.of(s1.get(0).withQuantity(1)), RateTotal.of(List.of(s1.get(0).withQuantity(1))), 300,
                        Tender.CASH, "傷み", "staff", at(SUNDAY, 9)),
                new SaleRecorded(session(till2, SUNDAY), ORG, FARM, SalesPointKind.FARM_STAND, till2, SUNDAY,
                        "sale-3", "20250615-2-1", s3, List.of(new Payment(Tender.CASH, 600, 1000)),
                        RateTotal.of(s3), 600, "staff", at(SUNDAY, 10)),
                new SaleRecorded(session(marketTill, MARKET_DAY), ORG, MARKET, SalesPointKind.MARKET, marketTill,
                        MARKET_DAY, "sale-m1", "20251019-1-1", m1,
                        List.of(new Payment(Tender.CASHLESS, 1200, 1200)), RateTotal.of(m1), 1200, "staff",
                        at(MARKET_DAY, 11)));
    }

    static Stores delivered(List<Object> events) {
        Stores stores = new Stores();
        events.forEach(e -> EventDispatch.dispatch(stores.projection, e));
        return stores;
    }

    @Test
    void theFarmStandsMonthHasTheHandCountedFigures() {
        Stores stores = delivered(history());

        SalesMonth june = stores.months.find(SalesMonth.id(FARM, "2025-06")).orElseThrow();
        SalesFigures f = june.figures();
        assertThat(june.salesPointKind()).isEqualTo(SalesPointKind.FARM_STAND);
        assertThat(f.receipts()).isEqualTo(3);
        assertThat(f.grossSalesYen()).isEqualTo(1150 + 1150 + 600);
        assertThat(f.voids()).isEqualTo(1);
        assertThat(f.voidsYen()).isEqualTo(700);
        assertThat(f.refunds()).isEqualTo(1);
        assertThat(f.refundsYen()).isEqualTo(300);
        assertThat(f.netYen()).isEqualTo(1900);
        // 8 %: 600 + 1,150 − 700 − 300 + 600 = 1,350, tax 44 + 85 − 51 − 22 + 44 = 100; 10 %: 550, tax 50.
        assertThat(f.rate(8)).isEqualTo(new TaxRateSales(8, 1350, 100));
        assertThat(f.rate(10)).isEqualTo(new TaxRateSales(10, 550, 50));
        // Cash 1,150 − 300 + 600 = 1,450; cashless 1,150 − 700 = 450.
        assertThat(f.cashYen()).isEqualTo(1450);
        assertThat(f.cashlessYen()).isEqualTo(450);
        // Tomato grower 600 + 450 − 300 + 600 = 1,350; flower grower 550 + 700 − 700 = 550.
        assertThat(f.producers()).isEqualTo(Map.of(TOMATO_GROWER, 1350L, FLOWER_GROWER, 550L));
        assertThat(f.groups()).isEqualTo(Map.of("野菜", 1350L, "花", 550L, "加工品", 0L));
        assertThat(f.cashDifferenceYen()).isEqualTo(-10);
        assertThat(f.cashlessDifferenceYen()).isZero();
        assertThat(f.tillsClosed()).isEqualTo(1);
        assertThat(f.days()).isEqualTo(2);
    }

    @Test
    void eachDayHasItsOwnFigures() {
        Stores stores = delivered(history());

        SalesFigures saturday = stores.days.find(SalesDay.id(FARM, SATURDAY)).orElseThrow().figures();
        assertThat(saturday.receipts()).isEqualTo(2);
        assertThat(saturday.netYen()).isEqualTo(2300 - 700);
        assertThat(saturday.cashDifferenceYen()).isEqualTo(-10);
        SalesFigures sunday = stores.days.find(SalesDay.id(FARM, SUNDAY)).orElseThrow().figures();
        assertThat(sunday.receipts()).isEqualTo(1);
        assertThat(sunday.netYen()).isEqualTo(600 - 300);
        assertThat(sunday.tillsClosed()).isZero();
    }

    @Test
    void theMarketDayIsItsOwnSalesPointsDayInItsMonth() {
        Stores stores = delivered(history());

        List<SalesMonth> october = stores.months.findBy(ORG, "month", "2025-10");
        assertThat(october).hasSize(1);
        SalesMonth market = october.get(0);
        assertThat(market.salesPointId()).isEqualTo(MARKET);
        assertThat(market.salesPointKind()).isEqualTo(SalesPointKind.MARKET);
        assertThat(market.tradingDays()).containsOnlyKeys(MARKET_DAY);
        assertThat(market.figures().netYen()).isEqualTo(1200);
        assertThat(market.figures().rate(8)).isEqualTo(new TaxRateSales(8, 1200, 88));
        assertThat(market.figures().cashlessYen()).isEqualTo(1200);
    }

    @Test
    void theFiscalYearIsTheSumOfItsTwelveMonths() {
        Stores stores = delivered(history());

        List<SalesFigures> months = SalesMonth.fiscalYear(2025).stream()
                .flatMap(m -> stores.months.findBy(ORG, "month", m.toString()).stream())
                .map(SalesMonth::figures).toList();
        SalesFigures year = SalesFigures.total(months);
        assertThat(year.netYen()).isEqualTo(1900 + 1200);
        assertThat(year.receipts()).isEqualTo(4);
        assertThat(year.rate(8)).isEqualTo(new TaxRateSales(8, 2550, 188));
        assertThat(year.producers()).isEqualTo(Map.of(TOMATO_GROWER, 1350L, FLOWER_GROWER, 1750L));
        assertThat(year.days()).isEqualTo(3);
        assertThat(SalesMonth.fiscalYear(2025)).first().hasToString("2025-04");
        assertThat(SalesMonth.fiscalYear(2025)).last().hasToString("2026-03");
        assertThat(SalesMonth.fiscalYearOf(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
        assertThat(SalesMonth.fiscalYearOf(LocalDate.of(2026, 4, 1))).isEqualTo(2026);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        ProjectionHistory.assertRedeliveryChangesNothing(SalesFiguresProjection.class, Stores::new,
                s -> s.projection, Stores::state, history());
    }

    @Test
    void aRebuildFromTheEventsEqualsTheLiveFigures() {
        List<Object> history = history();
        Stores live = new Stores();
        // Live: delivered with repeats, as a processor that crashed before storing its token would.
        history.forEach(e -> EventDispatch.dispatch(live.projection, e));
        history.subList(3, history.size()).forEach(e -> EventDispatch.dispatch(live.projection, e));

        Stores rebuilt = new Stores();
        EventDispatch.dispatch(rebuilt.projection, history.get(0));
        invokeReset(rebuilt.projection);
        assertThat(rebuilt.days.size()).isZero();
        history.forEach(e -> EventDispatch.dispatch(rebuilt.projection, e));

        assertThat(rebuilt.state()).isEqualTo(live.state());
    }

    @Test
    void aDayWhoseMonthWasLostIsHealedByItsNextEvent() {
        List<Object> history = history();
        Stores stores = delivered(history.subList(0, 3));
        stores.months.deleteAll();
        history.subList(2, history.size()).forEach(e -> EventDispatch.dispatch(stores.projection, e));

        assertThat(stores.state()).isEqualTo(delivered(history).state());
    }

    private static void invokeReset(SalesFiguresProjection projection) {
        try {
            var reset = SalesFiguresProjection.class.getDeclaredMethod("reset");
            reset.setAccessible(true);
            reset.invoke(projection);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
