package jp.yui.domain.market.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.market.api.ProducerSettled;
import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.market.api.SaleRecorded;
import jp.yui.domain.market.api.SaleRefunded;
import jp.yui.domain.market.api.SaleVoided;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.market.api.SettlementItemKind;
import jp.yui.domain.shared.query.ViewStore;

/**
 * What producers' settlements (精算) take and took: one item per sold, voided or refunded line, and the settlements
 * themselves. One processing group for both, so a settlement always finds the items it covers already here (it
 * was made from them) and marks each as settled; an item dated in a settled period but recorded later (a late
 * refund, a till that was offline) stays unsettled and goes into the next settlement.
 */
@ProcessingGroup(SettlementsProjection.PROCESSING_GROUP)
public class SettlementsProjection {

    public static final String PROCESSING_GROUP = "market-settlements";

    /** The stores this projection writes. */
    public record ViewStoreSet(ViewStore<SettlementItemView> items, ViewStore<SettlementView> settlements) {
    }

    private final ViewStoreSet views;

    public SettlementsProjection(ViewStoreSet views) {
        this.views = views;
    }

    @EventHandler
    void on(SaleRecorded e) {
        for (SaleLine line : e.lines()) {
            add(e.organizationId(), line, new SettlementItem(SettlementItem.itemId(e.saleId(), line.lineId()),
                    SettlementItemKind.SALE, e.sessionId(), e.receiptNumber(), e.businessDate(), line.productId(),
                    line.description(), line.productGroup(), line.taxRate(), line.quantity(), line.amountYen()));
        }
    }

    @EventHandler
    void on(SaleVoided e) {
        for (SaleLine line : e.lines()) {
            add(e.organizationId(), line, new SettlementItem(SettlementItem.itemId(e.voidId(), line.lineId()),
                    SettlementItemKind.VOID, e.sessionId(), e.receiptNumber(), e.businessDate(), line.productId(),
                    line.description(), line.productGroup(), line.taxRate(), line.quantity(), -line.amountYen()));
        }
    }

    @EventHandler
    void on(SaleRefunded e) {
        for (SaleLine line : e.lines()) {
            add(e.organizationId(), line, new SettlementItem(SettlementItem.itemId(e.refundId(), line.lineId()),
                    SettlementItemKind.REFUND, e.sessionId(), e.originalReceiptNumber(), e.businessDate(),
                    line.productId(), line.description(), line.productGroup(), line.taxRate(), line.quantity(),
                    -line.amountYen()));
        }
    }

    /** A new item; one already here keeps its settlement. */
    private void add(String organizationId, SaleLine line, SettlementItem item) {
        String id = SettlementItemView.idFor(item);
        if (views.items().find(id).isEmpty()) {
            views.items().save(id, organizationId, new SettlementItemView(item.itemId(), organizationId,
                    line.producerId(), item, null));
        }
    }

    @EventHandler
    void on(ProducerSettled e) {
        for (SettlementItem item : e.items()) {
            String id = SettlementItemView.idFor(item);
            views.items().find(id).filter(v -> v.organizationId().equals(e.organizationId()))
                    .ifPresent(v -> views.items().save(id, e.organizationId(), v.settledBy(e.settlementId())));
        }
        views.settlements().save(e.settlementId(), e.organizationId(), new SettlementView(e.settlementId(),
                e.organizationId(), e.producerId(), e.producerNumber(), e.periodFrom(), e.periodTo(),
                e.invoiceNumber(), e.commission(), e.items(), e.fees(), e.figures(), e.settledBy(), e.at()));
    }

    @ResetHandler
    void reset() {
        views.items().deleteAll();
        views.settlements().deleteAll();
    }
}
