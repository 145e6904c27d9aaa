package jp.yui.domain.market.api;

/** The commission of one group (or the producer's rate, group {@code null}): its net sales, rate and amount. */
public record CommissionFigures(String productGroup, long netSalesYen, int basisPoints, long commissionYen) {
}
