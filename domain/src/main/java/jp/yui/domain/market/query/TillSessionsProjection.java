package jp.yui.domain.market.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.market.api.SaleRecorded;
import jp.yui.domain.market.api.SaleRefunded;
import jp.yui.domain.market.api.SaleVoided;
import jp.yui.domain.market.api.TillSessionClosed;
import jp.yui.domain.market.api.TillSessionOpened;
import jp.yui.domain.market.query.TillSessionView.Receipt;
import jp.yui.domain.market.query.TillSessionView.ReceiptKind;
import jp.yui.domain.shared.query.ViewStore;

/**
 * Till sessions (a till's day, every receipt in order) and sales as a refund finds them by receipt number. A void or
 * refund also updates the sale it takes back, wherever that sale was made (a refund comes days later, at another
 * till). Receipts, voided lines and refunds are kept by id, so an event delivered again changes nothing.
 */
@ProcessingGroup(TillSessionsProjection.PROCESSING_GROUP)
public class TillSessionsProjection {

    public static final String PROCESSING_GROUP = "market-tills";

    /** The stores this projection writes. */
    public record ViewStoreSet(ViewStore<TillSessionView> sessions, ViewStore<SaleView> sales) {
    }

    private final ViewStoreSet views;

    public TillSessionsProjection(ViewStoreSet views) {
        this.views = views;
    }

    @EventHandler
    void on(TillSessionOpened e) {
        if (views.sessions().find(e.sessionId()).isPresent()) {
            return;
        }
        views.sessions().save(e.sessionId(), e.organizationId(), new TillSessionView(e.sessionId(),
                e.organizationId(), e.salesPointId(), e.salesPointKind(), e.tillId(), e.businessDate(), e.floatYen(),
                e.openedBy(), e.at(), List.of(), List.of(), null, null));
    }

    @EventHandler
    void on(SaleRecorded e) {
        addReceipt(e.sessionId(), e.organizationId(), new Receipt(ReceiptKind.SALE, e.saleId(), e.saleId(),
                e.receiptNumber(), e.lines(), e.payments(), e.rateTotals(), e.totalYen(), null, null,
                e.recordedBy(), e.at()));
        String id = SaleView.idFor(e.sessionId(), e.saleId());
        if (views.sales().find(id).isEmpty()) {
            views.sales().save(id, e.organizationId(), new SaleView(e.saleId(), e.organizationId(), e.sessionId(),
                    e.salesPointId(), e.businessDate(), e.receiptNumber(), e.lines(), e.payments(), e.rateTotals(),
                    e.totalYen(), List.of(), Map.of(), e.at()));
        }
    }

    @EventHandler
    void on(SaleVoided e) {
        addReceipt(e.sessionId(), e.organizationId(), new Receipt(ReceiptKind.VOID, e.voidId(), e.saleId(),
                e.receiptNumber(), e.lines(), List.of(), e.rateTotals(), e.totalYen(), e.tender(), e.reason(),
                e.recordedBy(), e.at()));
        String id = SaleView.idFor(e.sessionId(), e.saleId());
        views.sales().find(id).ifPresent(sale -> views.sales().save(id, e.organizationId(),
                sale.withVoided(e.lines().stream().map(SaleLine::lineId).toList())));
    }

    @EventHandler
    void on(SaleRefunded e) {
        addReceipt(e.sessionId(), e.organizationId(), new Receipt(ReceiptKind.REFUND, e.refundId(),
                e.originalSaleId(), e.originalReceiptNumber(), e.lines(), List.of(), e.rateTotals(), e.totalYen(),
                e.tender(), e.reason(), e.recordedBy(), e.at()));
        String id = SaleView.idFor(e.originalSessionId(), e.originalSaleId());
        Map<String, Integer> quantities = new TreeMap<>();
        e.lines().forEach(line -> quantities.merge(line.lineId(), line.quantity(), Integer::sum));
        views.sales().find(id).filter(sale -> sale.organizationId().equals(e.organizationId()))
                .ifPresent(sale -> views.sales().save(id, e.organizationId(), sale.withRefund(e.refundId(),
                        quantities)));
    }

    @EventHandler
    void on(TillSessionClosed e) {
        views.sessions().find(e.sessionId()).ifPresent(s -> views.sessions().save(e.sessionId(), e.organizationId(),
                s.closed(e.tenders(), e.closedBy(), e.at())));
    }

    private void addReceipt(String sessionId, String organizationId, Receipt receipt) {
        views.sessions().find(sessionId).ifPresent(s -> views.sessions().save(sessionId, organizationId,
                s.withReceipt(receipt)));
    }

    @ResetHandler
    void reset() {
        views.sessions().deleteAll();
        views.sales().deleteAll();
    }
}
