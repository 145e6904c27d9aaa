package jp.yui.domain.market.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A refund was paid from this till: the original sale's session, id and receipt number, the lines taken back with
 * their refunded quantities, per-rate totals, the amount and how it was paid back.
 */
@Revision("1")
public record SaleRefunded(
        String sessionId,
        String organizationId,
        String salesPointId,
        SalesPointKind salesPointKind,
        String tillId,
        LocalDate businessDate,
        String refundId,
        String originalSessionId,
        String originalSaleId,
        String originalReceiptNumber,
        List<SaleLine> lines,
        List<RateTotal> rateTotals,
        int totalYen,
        Tender tender,
        String reason,
        String recordedBy,
        LocalDateTime at) {
}
