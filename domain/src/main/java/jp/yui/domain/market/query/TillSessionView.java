package jp.yui.domain.market.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.RateTotal;
import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.api.TenderCount;
import jp.yui.domain.shared.query.ViewKey;

/**
 * A till's day as the till page and the office see it: the float, every receipt in order (sales, voids, refunds),
 * the money expected per tender so far, and the close. Receipts are keyed by their client id and replaced by key,
 * so an event applied twice changes nothing.
 */
public record TillSessionView(String sessionId, String organizationId, String salesPointId,
                              SalesPointKind salesPointKind, String tillId, LocalDate businessDate, int floatYen,
                              String openedBy, LocalDateTime openedAt, List<Receipt> receipts,
                              List<TenderCount> closedTenders, String closedBy, LocalDateTime closedAt) {

    /** The sessions of a business day, of every sales point. */
    public static final ViewKey<TillSessionView> BY_DATE = ViewKey.of("businessDate", TillSessionView::businessDate);

    public enum ReceiptKind { SALE, VOID, REFUND }

    /**
     * One document of the day: {@code id} is the sale's, void's or refund's client id; {@code saleId} and
     * {@code receiptNumber} name the sale it belongs to (the original for a refund). Amounts are positive.
     */
    public record Receipt(ReceiptKind kind, String id, String saleId, String receiptNumber, List<SaleLine> lines,
                          List<Payment> payments, List<RateTotal> rateTotals, int totalYen, Tender tender,
                          String reason, String recordedBy, LocalDateTime at) {
    }

    public TillSessionView {
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
        closedTenders = closedTenders == null ? List.of() : List.copyOf(closedTenders);
    }

    public boolean closed() {
        return closedAt != null;
    }
}
