package jp.yui.domain.market.api;

/**
 * A settlement's sales at one tax rate: sold, voided and refunded (as positive amounts), the net, and the
 * consumption tax in the net, rounded down once per statement and rate.
 */
public record RateFigures(int taxRate, long salesYen, long voidsYen, long refundsYen, long netYen, long taxYen) {
}
