package jp.yui.domain.market.api;

/** Another fee taken from a payout (e.g. 袋代, 年会費): a description and its tax-inclusive amount in yen. */
public record Fee(String description, int amountYen) {
}
