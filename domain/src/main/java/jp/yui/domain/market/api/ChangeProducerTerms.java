package jp.yui.domain.market.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change a producer's commission terms and invoice registration (both as they hold from now on). */
public record ChangeProducerTerms(
        @TargetAggregateIdentifier String producerId,
        String organizationId,
        CommissionTerms commission,
        InvoiceRegistration invoice,
        String recordedBy) {
}
