package jp.yui.domain.market.api;

import org.axonframework.serialization.Revision;

import jp.yui.domain.shared.Sealed;

/** A producer was registered; {@code details} ({@link ProducerDetails}) sealed with the producer's own key. */
@Revision("1")
public record ProducerRegistered(
        String producerId,
        String organizationId,
        String producerNumber,
        Sealed details,
        CommissionTerms commission,
        InvoiceRegistration invoice,
        String recordedBy) {
}
