package jp.yui.domain.market.api;

/**
 * 精算 of one tender at the close: what the session's facts say should be there, what was counted, and the
 * difference ({@code counted − expected}; negative is money missing). Cash expected includes the float.
 */
public record TenderCount(Tender tender, int expectedYen, int countedYen, int differenceYen) {
}
