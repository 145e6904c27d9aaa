package jp.yui.domain.transport.api;

/** How a fare table prices a ride (対価の設定方法). */
public enum FareKind {
    /** One price for every ride (均一). */
    FLAT,
    /** By the number of sections (区間) travelled between stops. */
    SECTION,
    /** A base price plus a price per started kilometre (距離制). */
    DISTANCE
}
