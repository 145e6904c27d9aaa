package jp.yui.domain.market.api;

import java.time.LocalDateTime;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the till for the day with the money counted per tender (cash in the drawer, cashless from the terminal). */
public record CloseTillSession(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        Map<Tender, Integer> counted,
        String closedBy,
        LocalDateTime at) {
}
