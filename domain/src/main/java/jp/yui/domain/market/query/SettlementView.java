package jp.yui.domain.market.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.SettlementFigures;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.shared.query.ViewKey;

/** A settlement (精算) as its statement shows it: everything of the {@code ProducerSettled} event. */
public record SettlementView(String settlementId, String organizationId, String producerId, String producerNumber,
                             LocalDate periodFrom, LocalDate periodTo, String invoiceNumber,
                             CommissionTerms commission, List<SettlementItem> items, List<Fee> fees,
                             SettlementFigures figures, String settledBy, LocalDateTime at) {

    /** A producer's settlements. */
    public static final ViewKey<SettlementView> BY_PRODUCER = ViewKey.of("producerId", SettlementView::producerId);

    public SettlementView {
        items = items == null ? List.of() : List.copyOf(items);
        fees = fees == null ? List.of() : List.copyOf(fees);
    }
}
