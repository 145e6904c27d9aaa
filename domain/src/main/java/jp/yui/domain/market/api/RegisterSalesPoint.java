package jp.yui.domain.market.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a sales point (販売所): the farm stand or a market, with at least one till. */
public record RegisterSalesPoint(
        @TargetAggregateIdentifier String salesPointId,
        String organizationId,
        String name,
        SalesPointKind kind,
        List<Till> tills,
        String recordedBy) {
}
