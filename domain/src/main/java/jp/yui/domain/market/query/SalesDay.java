package jp.yui.domain.market.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.yui.domain.market.api.SalesPointKind;

/**
 * The day bucket of the sales figures: one sales point's business day, holding its receipts (by id) and its tills'
 * closes (by session id), and the figures counted from them. A receipt or close delivered again replaces itself; the
 * figures are always recounted from what the day holds, so the same event twice changes nothing. Found by its id
 * ({@link #id}): one key lookup per event.
 */
public record SalesDay(String organizationId, String salesPointId, SalesPointKind salesPointKind,
                       LocalDate businessDate, List<SalesReceipt> receipts, Map<String, TillDifference> closes,
                       SalesFigures figures) {

    public SalesDay {
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
        closes = closes == null ? Map.of() : Map.copyOf(closes);
    }

    public static String id(String salesPointId, LocalDate businessDate) {
        return salesPointId + "|" + businessDate;
    }

    public static SalesDay empty(String organizationId, String salesPointId, SalesPointKind kind, LocalDate date) {
        return new SalesDay(organizationId, salesPointId, kind, date, List.of(), Map.of(), SalesFigures.NONE);
    }

    public String month() {
        return YearMonth.from(businessDate).toString();
    }

    /** The day with this receipt in place of the one of its id, or added; figures recounted. */
    public SalesDay with(SalesReceipt receipt) {
        List<SalesReceipt> kept = new ArrayList<>(receipts.size() + 1);
        receipts.stream().filter(r -> !r.id().equals(receipt.id())).forEach(kept::add);
        kept.add(receipt);
        kept.sort(Comparator.comparing(SalesReceipt::id));
        return recounted(kept, closes, salesPointKind);
    }

    /** The day with this session's close in place of one recorded before; figures recounted. */
    public SalesDay withClose(String sessionId, TillDifference close) {
        Map<String, TillDifference> all = new TreeMap<>(closes);
        all.put(sessionId, close);
        return recounted(receipts, all, salesPointKind);
    }

    /** The day knowing its kind of sales point (an event without it, a close, may have made the day). */
    public SalesDay ofKind(SalesPointKind kind) {
        return kind == null || kind == salesPointKind ? this : recounted(receipts, closes, kind);
    }

    private SalesDay recounted(List<SalesReceipt> allReceipts, Map<String, TillDifference> allCloses,
                               SalesPointKind kind) {
        return new SalesDay(organizationId, salesPointId, kind, businessDate, allReceipts, allCloses,
                SalesFigures.of(allReceipts, allCloses.values()));
    }
}
