package jp.yui.domain.market.api;

import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A sale at an open till: lines and the payments that settle its total exactly (cash may be tendered above its
 * amount; the difference is change). {@code saleId} is made on the till; sent again, nothing is recorded twice.
 * Answered with the receipt number.
 */
public record RecordSale(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String saleId,
        List<SaleLine> lines,
        List<Payment> payments,
        String recordedBy,
        LocalDateTime at) {
}
