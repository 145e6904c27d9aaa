package jp.yui.domain.market.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct a producer's personal details (all of them, as now). */
public record ChangeProducerDetails(
        @TargetAggregateIdentifier String producerId,
        String organizationId,
        ProducerDetails details,
        String recordedBy) {
}
