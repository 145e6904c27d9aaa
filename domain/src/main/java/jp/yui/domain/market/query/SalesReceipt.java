package jp.yui.domain.market.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.RateTotal;
import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.market.api.SaleRefunded;
import jp.yui.domain.market.api.SaleRecorded;
import jp.yui.domain.market.api.SaleVoided;
import jp.yui.domain.market.api.Tender;

/**
 * One receipt behind the sales figures (売上集計): a sale, a void or a refund, made whole from its one event and kept
 * in its day's bucket under its client id ({@link SalesDay}), so that the event delivered again replaces it with
 * itself. Amounts are positive; the kind says whether they add to or take from the net. No personal data.
 *
 * @param producers the receipt's amount per producer (tax-inclusive, as the lines say)
 * @param groups    the receipt's amount per product group (野菜, 果物, 加工品, 花, …)
 */
public record SalesReceipt(String id, Kind kind, String tillId, int totalYen, List<RateTotal> rateTotals,
                           int cashYen, int cashlessYen, Map<String, Integer> producers,
                           Map<String, Integer> groups) {

    public enum Kind { SALE, VOID, REFUND }

    /** The group of lines that name none. */
    public static final String NO_GROUP = "-";

    public SalesReceipt {
        rateTotals = rateTotals == null ? List.of() : List.copyOf(rateTotals);
        producers = producers == null ? Map.of() : Map.copyOf(producers);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    public static SalesReceipt of(SaleRecorded e) {
        int cash = 0;
        int cashless = 0;
        for (Payment payment : e.payments()) {
            if (payment.tender() == Tender.CASH) {
                cash += payment.amountYen();
            } else {
                cashless += payment.amountYen();
            }
        }
        return new SalesReceipt(e.saleId(), Kind.SALE, e.tillId(), e.totalYen(), e.rateTotals(), cash, cashless,
                byProducer(e.lines()), byGroup(e.lines()));
    }

    public static SalesReceipt of(SaleVoided e) {
        return new SalesReceipt(e.voidId(), Kind.VOID, e.tillId(), e.totalYen(), e.rateTotals(),
                e.tender() == Tender.CASH ? e.totalYen() : 0, e.tender() == Tender.CASH ? 0 : e.totalYen(),
                byProducer(e.lines()), byGroup(e.lines()));
    }

    public static SalesReceipt of(SaleRefunded e) {
        return new SalesReceipt(e.refundId(), Kind.REFUND, e.tillId(), e.totalYen(), e.rateTotals(),
                e.tender() == Tender.CASH ? e.totalYen() : 0, e.tender() == Tender.CASH ? 0 : e.totalYen(),
                byProducer(e.lines()), byGroup(e.lines()));
    }

    /** +1 for a sale, −1 for a void or refund: how the receipt's amounts count in the net. */
    public int sign() {
        return kind == Kind.SALE ? 1 : -1;
    }

    private static Map<String, Integer> byProducer(List<SaleLine> lines) {
        Map<String, Integer> amounts = new TreeMap<>();
        lines.forEach(line -> amounts.merge(line.producerId(), line.amountYen(), Integer::sum));
        return amounts;
    }

    /**
     * A product group as a map key the store takes as a field name: none is {@value #NO_GROUP}, and a full stop or a
     * leading dollar sign is written in its full-width form.
     */
    static String groupKey(String group) {
        if (group == null || group.isBlank()) {
            return NO_GROUP;
        }
        String key = group.strip().replace('.', '．');
        return key.startsWith("$") ? "＄" + key.substring(1) : key;
    }

    private static Map<String, Integer> byGroup(List<SaleLine> lines) {
        Map<String, Integer> amounts = new TreeMap<>();
        lines.forEach(line -> amounts.merge(groupKey(line.productGroup()), line.amountYen(), Integer::sum));
        return amounts;
    }
}
