package jp.yui.domain.market.api;

/** How many of a sold line are brought back. */
public record RefundLine(String lineId, int quantity) {
}
