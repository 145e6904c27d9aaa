package jp.yui.domain.market.api;

/** What a settlement item is: a sold line (+), a voided line (−) or a refunded line (−). */
public enum SettlementItemKind {
    SALE, VOID, REFUND
}
