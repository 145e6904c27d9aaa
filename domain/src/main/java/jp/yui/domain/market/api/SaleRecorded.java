package jp.yui.domain.market.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A sale was made: its receipt number ({@code yyyyMMdd-<till sequence>-<receipt sequence>}, see the aggregate), the
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
