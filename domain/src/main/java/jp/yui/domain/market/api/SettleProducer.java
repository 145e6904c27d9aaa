package jp.yui.domain.market.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 精算: settle a producer for a period: every item not yet settled up to the period's end (an item dated in an
 * earlier period but recorded after its settlement, such as a late refund or a till that was offline, comes into
 * this one). The period starts the day after the previous settlement's end. {@code settlementId} made by the
 * caller; sent again, nothing is settled twice.
 */
public record SettleProducer(
        @TargetAggregateIdentifier String producerId,
        String organizationId,
        String settlementId,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<SettlementItem> items,
        List<Fee> fees,
        String settledBy,
        LocalDateTime at) {
}
