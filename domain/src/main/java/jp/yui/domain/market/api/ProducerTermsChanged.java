package jp.yui.domain.market.api;

import org.axonframework.serialization.Revision;

/** A producer's commission terms and invoice registration are now these; settlements made before keep theirs. */
@Revision("1")
public record ProducerTermsChanged(
        String producerId,
        String organizationId,
        CommissionTerms commission,
        InvoiceRegistration invoice,
        String recordedBy) {
}
