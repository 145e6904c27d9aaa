package jp.yui.domain.market.api;

import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 取消: take back lines of a sale made in this still-open session ({@code lineIds}; empty means every line not yet
 * voided), the money going back in {@code tender}. Its own fact with a reason; the sale stays as recorded.
 */
public record VoidSale(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String voidId,
        String saleId,
        List<String> lineIds,
        Tender tender,
        String reason,
        String recordedBy,
        LocalDateTime at) {
}
