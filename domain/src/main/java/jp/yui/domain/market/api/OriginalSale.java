package jp.yui.domain.market.api;

import java.util.List;
import java.util.Map;

/**
 * The sale a refund takes back, as the read side knows it when it was made in another session: its lines as sold,
 * the lines voided, and the quantities already refunded per line. For a sale of the same session the session's own
 * record is used instead.
 */
public record OriginalSale(String sessionId, String saleId, String receiptNumber, List<SaleLine> lines,
                           List<String> voidedLineIds, Map<String, Integer> refundedQuantities) {

    public OriginalSale {
        lines = lines == null ? List.of() : List.copyOf(lines);
        voidedLineIds = voidedLineIds == null ? List.of() : List.copyOf(voidedLineIds);
        refundedQuantities = refundedQuantities == null ? Map.of() : Map.copyOf(refundedQuantities);
    }
}
