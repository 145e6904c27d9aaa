package jp.yui.domain.market.command;

import jp.yui.domain.market.api.InvoiceRegistration;
import jp.yui.domain.shared.BusinessRule;

/** An invoice registration that has ended did not end before it began. */
record InvoiceRegistrationPeriodIsOrdered(InvoiceRegistration invoice) implements BusinessRule {

    @Override
    public boolean holds() {
        return invoice == null || invoice.validTo() == null || invoice.validFrom() == null
                || !invoice.validTo().isBefore(invoice.validFrom());
    }

    @Override
    public String explanation() {
        return "An invoice registration cannot end before it begins";
    }
}
