package jp.yui.domain.transport.api;

/** How a fare was paid in the car. */
public enum PaymentMethod {
    CASH, TICKET, PREPAID_CARD, INVOICE
}
