package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a ride asked for on this run was turned down (お断り), and why. */
public record TurnDownRide(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String requestId,
        String residentId,
        String operator,
        int passengers,
        boolean wheelchair,
        TurnDownReason reason,
        LocalDateTime at) {
}
