package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 事故の記録 (51条の25 ②): when, where, the other parties, what happened and the damage, cause, prevention. */
public record RecordAccident(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String actionId,
        LocalDateTime at,
        String place,
        String otherParties,
        String summary,
        String cause,
        String prevention) {
}
