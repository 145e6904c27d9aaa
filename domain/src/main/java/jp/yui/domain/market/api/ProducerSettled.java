package jp.yui.domain.market.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A producer was settled for a period: the items it covers (each settled here and nowhere else), the fees, the
 * terms it was worked out with, the invoice registration number valid at the period's end (or {@code null}) and the
 * figures of the statement (精算書).
 */
@Revision("1")
public record ProducerSettled(
        String producerId,
        String organizationId,
        String producerNumber,
        String settlementId,
        LocalDate periodFrom,
        LocalDate periodTo,
        String invoiceNumber,
        CommissionTerms commission,
        List<SettlementItem> items,
        List<Fee> fees,
        SettlementFigures figures,
        String settledBy,
        LocalDateTime at) {
}
