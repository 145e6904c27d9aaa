package jp.yui.domain.market.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.serialization.Revision;

/** Lines of a sale were voided: the lines as sold, their per-rate totals, the amount paid back and how. */
@Revision("1")
public record SaleVoided(
        String sessionId,
        String organizationId,
        String salesPointId,
        SalesPointKind salesPointKind,
        String tillId,
        LocalDate businessDate,
        String voidId,
        String saleId,
        String receiptNumber,
        List<SaleLine> lines,
        List<RateTotal> rateTotals,
        int totalYen,
        Tender tender,
        String reason,
        String recordedBy,
        LocalDateTime at) {
}
