package jp.yui.domain.market.api;

/** How a customer paid at the till. */
public enum Tender {
    CASH, CASHLESS
}
