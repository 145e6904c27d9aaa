package jp.yui.domain.market.api;

import java.util.List;

/**
 * 精算書の数字: sales per rate, net sales, the commission per group and in all, the 10 % consumption tax on the
 * commission (a service the organization sells, shown apart, rounded down once), other fees, and the payout:
 * {@code netSales − commission − commissionTax − fees}.
 */
public record SettlementFigures(List<RateFigures> rates, long netSalesYen, List<CommissionFigures> commissions,
                                long commissionYen, long commissionTaxYen, long feesYen, long payoutYen) {

    /** The consumption tax rate on the commission. */
    public static final int COMMISSION_TAX_RATE = 10;
}
