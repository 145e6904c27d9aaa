package jp.yui.domain.market.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a producer (出荷者) with a number unique in the organization (kept so by the caller's directory). */
public record RegisterProducer(
        @TargetAggregateIdentifier String producerId,
        String organizationId,
        String producerNumber,
        ProducerDetails details,
        CommissionTerms commission,
        InvoiceRegistration invoice,
        String recordedBy) {
}
