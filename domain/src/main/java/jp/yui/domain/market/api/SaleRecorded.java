package jp.yui.domain.market.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A sale was made: its receipt number ({@code yyyyMMdd-<first 8 characters of the till id's uuid>-<sequence of the sale
 * in the session>}, e.g. {@code 20250601-3f2a9c1b-1}; see {@code TillSession}), the
 * lines, the payments, the per-rate totals with their tax ({@link RateTotal}) and the total.
 */
@Revision("1")
public record SaleRecorded(
        String sessionId,
        String organizationId,
        String salesPointId,
        SalesPointKind salesPointKind,
        String tillId,
        LocalDate businessDate,
        String saleId,
        String receiptNumber,
        List<SaleLine> lines,
        List<Payment> payments,
        List<RateTotal> rateTotals,
        int totalYen,
        String recordedBy,
        LocalDateTime at) {
}
