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

    /** The session with this receipt, replacing one of the same kind and id in its place, else added last. */
    public TillSessionView withReceipt(Receipt receipt) {
        List<Receipt> updated = new java.util.ArrayList<>(receipts);
        int at = -1;
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).kind() == receipt.kind() && updated.get(i).id().equals(receipt.id())) {
                at = i;
            }
        }
        if (at < 0) {
            updated.add(receipt);
        } else {
            updated.set(at, receipt);
        }
        return new TillSessionView(sessionId, organizationId, salesPointId, salesPointKind, tillId, businessDate,
                floatYen, openedBy, openedAt, updated, closedTenders, closedBy, closedAt);
    }

    public TillSessionView closed(List<TenderCount> tenders, String by, LocalDateTime at) {
        return new TillSessionView(sessionId, organizationId, salesPointId, salesPointKind, tillId, businessDate,
                floatYen, openedBy, openedAt, receipts, tenders, by, at);
    }

    /**
     * The money that should be there in a tender so far: payments taken (cash net of change; the float for cash),
     * less what voids and refunds paid back in it.
     */
    public int expectedYen(Tender tender) {
        int expected = tender == Tender.CASH ? floatYen : 0;
        for (Receipt r : receipts) {
            switch (r.kind()) {
                case SALE -> expected += r.payments().stream().filter(p -> p.tender() == tender)
                        .mapToInt(Payment::amountYen).sum();
                case VOID, REFUND -> expected -= r.tender() == tender ? r.totalYen() : 0;
            }
        }
        return expected;
    }

    public java.util.Optional<Receipt> sale(String saleId) {
        return receipts.stream().filter(r -> r.kind() == ReceiptKind.SALE && r.id().equals(saleId)).findFirst();
    }
}
