package jp.yui.domain.market.api;

/** 直売所 (open most days) or マルシェ (market days). */
public enum SalesPointKind {
    FARM_STAND, MARKET
}
