package jp.yui.domain.market.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a till for a business day with a float (釣銭準備金) counted by a named person. The session id is derived from
 * the till and the day; the caller checks that the till is one of the organization's sales point's.
 */
public record OpenTillSession(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String salesPointId,
        SalesPointKind salesPointKind,
        String tillId,
        LocalDate businessDate,
        int floatYen,
        String openedBy,
        LocalDateTime at) {
}
