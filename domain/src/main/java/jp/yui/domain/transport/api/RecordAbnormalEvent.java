package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Something out of the ordinary on a duty (異常な状態): a breakdown, a road closure, a rider taken ill. */
public record RecordAbnormalEvent(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String actionId,
        LocalDateTime at,
        String summary) {
}
