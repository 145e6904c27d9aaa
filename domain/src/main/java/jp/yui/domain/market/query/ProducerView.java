package jp.yui.domain.market.query;

import java.time.LocalDate;

import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.InvoiceRegistration;
import jp.yui.domain.shared.Sealed;
import jp.yui.domain.shared.query.ViewKey;

/**
 * A producer (出荷者) as the office sees them: personal details sealed with the producer's key ({@code null} once
 * erased), terms and invoice registration in the clear, and the end of the last settled period.
 */
public record ProducerView(String producerId, String organizationId, String producerNumber, Sealed details,
                           CommissionTerms commission, InvoiceRegistration invoice, LocalDate settledTo,
                           boolean erased) {

    /** A producer number belongs to one producer of the organization. */
    public static final ViewKey<ProducerView> BY_NUMBER = ViewKey.of("producerNumber", ProducerView::producerNumber);

    /** The same producer with new details (ignored once erased: an erased producer takes no details again). */
    public ProducerView withDetails(Sealed newDetails) {
        return erased ? this : new ProducerView(producerId, organizationId, producerNumber, newDetails, commission,
                invoice, settledTo, false);
    }

    public ProducerView withTerms(CommissionTerms newCommission, InvoiceRegistration newInvoice) {
        return new ProducerView(producerId, organizationId, producerNumber, details, newCommission, newInvoice,
                settledTo, erased);
    }

    /** Settled up to {@code periodTo}, or later if a later settlement is already known. */
    public ProducerView withSettledTo(LocalDate periodTo) {
        LocalDate to = settledTo == null || periodTo.isAfter(settledTo) ? periodTo : settledTo;
        return new ProducerView(producerId, organizationId, producerNumber, details, commission, invoice, to, erased);
    }

    /** Erased: the sealed details gone, the figures kept. */
    public ProducerView asErased() {
        return new ProducerView(producerId, organizationId, producerNumber, null, commission, invoice, settledTo, true);
    }
}
