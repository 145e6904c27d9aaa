package jp.yui.domain.market.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase a producer's personal data (削除の請求). Refused while a settlement within the retention period of the
 * books (7 years after the end of the fiscal year of its period) still needs them.
 */
public record EraseProducer(
        @TargetAggregateIdentifier String producerId,
        String organizationId,
        String requestedBy) {
}
