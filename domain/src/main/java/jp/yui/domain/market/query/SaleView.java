package jp.yui.domain.market.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jp.yui.domain.market.api.OriginalSale;
import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.RateTotal;
import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.shared.query.ViewKey;

/**
 * A sale as a refund finds it by its receipt number: its lines, the lines voided since, and the quantities refunded
 * per line (each refund kept by its id, so applying one twice changes nothing).
 */
public record SaleView(String saleId, String organizationId, String sessionId, String salesPointId,
                       LocalDate businessDate, String receiptNumber, List<SaleLine> lines, List<Payment> payments,
                       List<RateTotal> rateTotals, int totalYen, List<String> voidedLineIds,
                       Map<String, Map<String, Integer>> refundsById, LocalDateTime at) {

    /** A receipt number names one sale of the organization. */
    public static final ViewKey<SaleView> BY_RECEIPT = ViewKey.of("receiptNumber", SaleView::receiptNumber);

    public SaleView {
        lines = lines == null ? List.of() : List.copyOf(lines);
        payments = payments == null ? List.of() : List.copyOf(payments);
        rateTotals = rateTotals == null ? List.of() : List.copyOf(rateTotals);
        voidedLineIds = voidedLineIds == null ? List.of() : List.copyOf(voidedLineIds);
        refundsById = refundsById == null ? Map.of() : Map.copyOf(refundsById);
    }

    /** The sale as a refund command needs it ({@link OriginalSale}): refunded quantities summed per line. */
    public OriginalSale asOriginal() {
        Map<String, Integer> refunded = new java.util.TreeMap<>();
        refundsById.values().forEach(lines -> lines.forEach((line, qty) -> refunded.merge(line, qty, Integer::sum)));
        return new OriginalSale(sessionId, saleId, receiptNumber, lines, voidedLineIds, refunded,
                refundsById.keySet());
    }

    /**
     * The store id of a sale: its session and its client id, so that a client id reused in another session (or
     * organization) names another sale.
     */
    public static String idFor(String sessionId, String saleId) {
        return sessionId + "/" + saleId;
    }

    /** These lines voided too (each line once, in the order voided). */
    public SaleView withVoided(List<String> lineIds) {
        List<String> voided = new java.util.ArrayList<>(voidedLineIds);
        lineIds.stream().filter(id -> !voided.contains(id)).forEach(voided::add);
        return new SaleView(saleId, organizationId, sessionId, salesPointId, businessDate, receiptNumber, lines,
                payments, rateTotals, totalYen, voided, refundsById, at);
    }

    /** A refund of quantities per line, kept under its id (replacing one of the same id). */
    public SaleView withRefund(String refundId, Map<String, Integer> quantities) {
        Map<String, Map<String, Integer>> refunds = new java.util.TreeMap<>(refundsById);
        refunds.put(refundId, Map.copyOf(quantities));
        return new SaleView(saleId, organizationId, sessionId, salesPointId, businessDate, receiptNumber, lines,
                payments, rateTotals, totalYen, voidedLineIds, refunds, at);
    }
}
