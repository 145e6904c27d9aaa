package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What a volunteer ride may take instead of a fare: the actual costs it caused (fuel, tolls, parking) and any
 * voluntary thanks (謝礼), each kept apart.
 */
public record RecordRideCosts(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String actionId,
        String bookingId,
        int fuelYen,
        int tollYen,
        int parkingYen,
        int thanksYen,
        LocalDateTime at) {
}
