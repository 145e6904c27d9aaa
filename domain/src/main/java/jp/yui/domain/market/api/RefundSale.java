package jp.yui.domain.market.api;

import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 返品・返金: pay back an earlier sale (of this session or an earlier one, found by its receipt number) from this open
 * till, in {@code tender}, with a reason. Its own fact in today's session; never more than was paid for a line.
 */
public record RefundSale(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String refundId,
        OriginalSale original,
        List<RefundLine> lines,
        Tender tender,
        String reason,
        String recordedBy,
        LocalDateTime at) {
}
