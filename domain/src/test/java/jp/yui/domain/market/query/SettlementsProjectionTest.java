package jp.yui.domain.market.query;

import static jp.yui.domain.market.query.MarketDay.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.shared.EventDispatch;
import jp.yui.domain.shared.ProjectionHistory;
import jp.yui.domain.shared.query.InMemoryViewStore;

class SettlementsProjectionTest {

    /** The day's events this projection handles. */
    private static final List<Object> HISTORY = List.of(SALE_1, SALE_2, VOIDED, REFUNDED, SETTLED);

    private static SettlementsProjection.ViewStoreSet stores() {
        return new SettlementsProjection.ViewStoreSet(
                new InMemoryViewStore<>(SettlementItemView.UNSETTLED_BY_PRODUCER),
                new InMemoryViewStore<>(SettlementView.BY_PRODUCER));
    }

    private static SettlementsProjection.ViewStoreSet apply(List<Object> history) {
        var views = stores();
        SettlementsProjection projection = new SettlementsProjection(views);
        history.forEach(e -> EventDispatch.dispatch(projection, e));
        return views;
    }

    private static List<SettlementItem> unsettled(SettlementsProjection.ViewStoreSet views, String producer) {
        return views.items().findBy(ORG, SettlementItemView.UNSETTLED_BY_PRODUCER.name(), producer).stream()
                .map(SettlementItemView::item).toList();
    }

    @Test
    void eachEventTwiceOrAnyTailOfTheHistoryAgainChangesNothing() {
        assertThat(HISTORY).hasSize(5);
        ProjectionHistory.assertRedeliveryChangesNothing(SettlementsProjection.class,
                SettlementsProjectionTest::stores, SettlementsProjection::new,
                v -> List.of(v.items().findByOrganization(ORG), v.settlements().findByOrganization(ORG)), HISTORY);
    }

    @Test
    void everySoldVoidedAndRefundedLineIsAnItemOfItsProducerWithASignedAmount() {
        var views = apply(HISTORY.subList(0, HISTORY.size() - 1));
        assertThat(unsettled(views, P1)).containsExactlyInAnyOrder(TOMATOES_SOLD, JAM_SOLD, JAM_VOIDED,
                TOMATO_REFUNDED);
        assertThat(unsettled(views, P2)).singleElement().satisfies(item -> {
            assertThat(item.itemId()).isEqualTo(SettlementItem.itemId("sale-0001", "l2"));
            assertThat(item.amountYen()).isEqualTo(500);
            assertThat(item.taxRate()).isEqualTo(10);
        });
    }

    @Test
    void aSettlementMarksTheItemsItCoversAndALateRefundWaitsForTheNext() {
        var views = apply(HISTORY);
        assertThat(unsettled(views, P1)).containsExactly(TOMATO_REFUNDED);
        assertThat(unsettled(views, P2)).hasSize(1);
        SettlementItemView covered = views.items().find(SettlementItemView.idFor(TOMATOES_SOLD)).orElseThrow();
        assertThat(covered.settlementId()).isEqualTo("Settlement:1");
        assertThat(covered.producerId()).isEqualTo(P1);
        SettlementView settlement = views.settlements().findBy(ORG, SettlementView.BY_PRODUCER.name(), P1).get(0);
        assertThat(settlement.items()).containsExactly(TOMATOES_SOLD, JAM_SOLD, JAM_VOIDED);
        assertThat(settlement.periodTo()).isEqualTo(DAY1);
    }

    @Test
    void aSaleDeliveredAgainAfterItsSettlementStaysSettled() {
        var views = apply(HISTORY);
        EventDispatch.dispatch(new SettlementsProjection(views), SALE_1);
        assertThat(unsettled(views, P1)).containsExactly(TOMATO_REFUNDED);
    }

    @Test
    void resetEmptiesItemsAndSettlements() {
        var views = apply(HISTORY);
        new SettlementsProjection(views).reset();
        assertThat(views.items().findByOrganization(ORG)).isEmpty();
        assertThat(views.settlements().findByOrganization(ORG)).isEmpty();
    }
}
