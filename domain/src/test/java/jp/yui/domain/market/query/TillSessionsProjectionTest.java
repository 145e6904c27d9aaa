package jp.yui.domain.market.query;

import static jp.yui.domain.market.query.MarketDay.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.yui.domain.market.api.OriginalSale;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.query.TillSessionView.ReceiptKind;
import jp.yui.domain.shared.EventDispatch;
import jp.yui.domain.shared.ProjectionHistory;
import jp.yui.domain.shared.query.InMemoryViewStore;

class TillSessionsProjectionTest {

    private static TillSessionsProjection.ViewStoreSet stores() {
        return new TillSessionsProjection.ViewStoreSet(new InMemoryViewStore<>(TillSessionView.BY_DATE),
                new InMemoryViewStore<>(SaleView.BY_RECEIPT));
    }

    private static final List<Object> HISTORY = MarketDay.HISTORY.subList(0, MarketDay.HISTORY.size() - 1);

    private static TillSessionsProjection.ViewStoreSet apply(List<Object> history) {
        var views = stores();
        TillSessionsProjection projection = new TillSessionsProjection(views);
        history.forEach(e -> EventDispatch.dispatch(projection, e));
        return views;
    }

    @Test
    void eachEventTwiceOrAnyTailOfTheHistoryAgainChangesNothing() {
        ProjectionHistory.assertRedeliveryChangesNothing(TillSessionsProjection.class,
                TillSessionsProjectionTest::stores, TillSessionsProjection::new,
                v -> List.of(v.sessions().findByOrganization(ORG), v.sales().findByOrganization(ORG)), HISTORY);
    }

    @Test
    void aSessionHasItsReceiptsInOrderAndItsClose() {
        TillSessionView day1 = apply(HISTORY).sessions().find(DAY1_SESSION).orElseThrow();
        assertThat(day1.receipts()).extracting(TillSessionView.Receipt::kind, TillSessionView.Receipt::id,
                TillSessionView.Receipt::receiptNumber, TillSessionView.Receipt::totalYen).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReceiptKind.SALE, "sale-0001", "20260510-1-1", 900),
                org.assertj.core.groups.Tuple.tuple(ReceiptKind.SALE, "sale-0002", "20260510-1-2", 600),
                org.assertj.core.groups.Tuple.tuple(ReceiptKind.VOID, "void-0001", "20260510-1-2", 600));
        assertThat(day1.closed()).isTrue();
        assertThat(day1.closedTenders()).isEqualTo(CLOSED_1.tenders());
        assertThat(day1.closedBy()).isEqualTo("店番 花子");
        assertThat(day1.floatYen()).isEqualTo(10_000);
    }

    @Test
    void moneyExpectedPerTenderIsTheFloatAndPaymentsLessWhatWasPaidBack() {
        var views = apply(HISTORY);
        TillSessionView day1 = views.sessions().find(DAY1_SESSION).orElseThrow();
        assertThat(day1.expectedYen(Tender.CASH)).isEqualTo(10_900);
        assertThat(day1.expectedYen(Tender.CASHLESS)).isZero();
        TillSessionView day2 = views.sessions().find(DAY2_SESSION).orElseThrow();
        assertThat(day2.closed()).isFalse();
        assertThat(day2.expectedYen(Tender.CASH)).isEqualTo(9_800);
    }

    @Test
    void aRefundAtAnotherSessionUpdatesTheOriginalSaleFoundByItsReceipt() {
        var views = apply(HISTORY);
        List<SaleView> found = views.sales().findBy(ORG, SaleView.BY_RECEIPT.name(), "20260510-1-1");
        assertThat(found).hasSize(1);
        SaleView sale = found.get(0);
        assertThat(sale.sessionId()).isEqualTo(DAY1_SESSION);
        assertThat(sale.refundsById()).isEqualTo(Map.of("refund-0001", Map.of("l1", 1)));
        assertThat(sale.asOriginal()).isEqualTo(new OriginalSale(DAY1_SESSION, "sale-0001", "20260510-1-1",
                SALE_1.lines(), List.of(), Map.of("l1", 1), java.util.Set.of("refund-0001")));
        TillSessionView day2 = views.sessions().find(DAY2_SESSION).orElseThrow();
        assertThat(day2.receipts()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReceiptKind.REFUND);
            assertThat(r.saleId()).isEqualTo("sale-0001");
            assertThat(r.receiptNumber()).isEqualTo("20260510-1-1");
        });
    }

    @Test
    void aVoidMarksItsLinesOnTheSale() {
        SaleView sale = apply(HISTORY).sales().find(SaleView.idFor(DAY1_SESSION, "sale-0002")).orElseThrow();
        assertThat(sale.voidedLineIds()).containsExactly("l1");
        assertThat(sale.asOriginal().voidedLineIds()).containsExactly("l1");
    }

    @Test
    void aRefundByAnotherOrganizationTouchesNoSale() {
        var views = apply(HISTORY.subList(0, 6));
        EventDispatch.dispatch(new TillSessionsProjection(views), new jp.yui.domain.market.api.SaleRefunded(
                "TillSession:x", "other", "SalesPoint:x", REFUNDED.salesPointKind(), "Till:x", DAY2, "refund-x",
                DAY1_SESSION, "sale-0001", "20260510-1-1", REFUNDED.lines(), REFUNDED.rateTotals(), 200, Tender.CASH,
                "x", "x", REFUNDED.at()));
        assertThat(views.sales().find(SaleView.idFor(DAY1_SESSION, "sale-0001")).orElseThrow().refundsById())
                .isEmpty();
    }

    @Test
    void sessionsAreFoundByDay() {
        var views = apply(HISTORY);
        assertThat(views.sessions().findBy(ORG, TillSessionView.BY_DATE.name(), DAY2.toString()))
                .extracting(TillSessionView::sessionId).containsExactly(DAY2_SESSION);
    }

    @Test
    void resetEmptiesSessionsAndSales() {
        var views = apply(HISTORY);
        new TillSessionsProjection(views).reset();
        assertThat(views.sessions().findByOrganization(ORG)).isEmpty();
        assertThat(views.sales().findByOrganization(ORG)).isEmpty();
    }
}
