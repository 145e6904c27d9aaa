package jp.yui.domain.market.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a till to a sales point (a second register on a busy market day). */
public record AddTill(
        @TargetAggregateIdentifier String salesPointId,
        String organizationId,
        Till till,
        String recordedBy) {
}
