package jp.yui.domain.market.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sale a refund takes back, as the read side knows it when it was made in another session: its lines as sold,
 * the lines voided, and the quantities already refunded per line. For a sale of the same session the session's own
 * record is used instead.
 *
 * <p>{@code refundIds} names the refunds counted in {@code refundedQuantities}. The session adds to them the refunds
 * of the sale it recorded itself and that are not named there (the read side may not have seen them yet), so no
 * refund is counted twice or missed. Without it (the shorter constructor) every refund the session recorded is added.
 */
public record OriginalSale(String sessionId, String saleId, String receiptNumber, List<SaleLine> lines,
                           List<String> voidedLineIds, Map<String, Integer> refundedQuantities,
                           Set<String> refundIds) {

    public OriginalSale {
        lines = lines == null ? List.of() : List.copyOf(lines);
        voidedLineIds = voidedLineIds == null ? List.of() : List.copyOf(voidedLineIds);
        refundedQuantities = refundedQuantities == null ? Map.of() : Map.copyOf(refundedQuantities);
        refundIds = refundIds == null ? Set.of() : Set.copyOf(refundIds);
    }

    public OriginalSale(String sessionId, String saleId, String receiptNumber, List<SaleLine> lines,
                        List<String> voidedLineIds, Map<String, Integer> refundedQuantities) {
        this(sessionId, saleId, receiptNumber, lines, voidedLineIds, refundedQuantities, Set.of());
    }
}
