package jp.yui.domain.market.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.yui.domain.market.api.CommissionFigures;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.RateFigures;
import jp.yui.domain.market.api.SettlementFigures;
import jp.yui.domain.market.api.SettlementItem;

/**
 * 精算書の計算: the figures of a settlement statement from its items, the producer's commission terms and the fees.
 * <ul>
 *   <li>Per tax rate: sales (sold lines), voids and refunds (shown as positive amounts), the net
 *       ({@code sales − voids − refunds}) and the tax in the net, {@code floor(net × rate / (100 + rate))}, rounded
 *       once per statement and rate (toward minus infinity, so a negative net has a negative tax).</li>
 *   <li>Commission per commission group: an item counts for its product group when the terms have a rate for that
 *       group, else for the producer's own rate (group {@code null}); {@code floor(group net × basis points / 10000)}.
 *       The producer's rate comes first, then the groups by name.</li>
 *   <li>Commission tax: {@code floor(total commission × 10 / 100)}.</li>
 *   <li>Payout: {@code net sales − commission − commission tax − fees}.</li>
 * </ul>
 * A settlement without items has empty rate and commission lists and pays out minus its fees.
 */
public final class SettlementCalculation {

    private SettlementCalculation() {
    }

    public static SettlementFigures figures(List<SettlementItem> items, CommissionTerms terms, List<Fee> fees) {
        Map<Integer, long[]> byRate = new TreeMap<>();
        Map<String, Long> byGroup = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (SettlementItem item : items) {
            long[] rate = byRate.computeIfAbsent(item.taxRate(), r -> new long[3]);
            switch (item.kind()) {
                case SALE -> rate[0] += item.amountYen();
                case VOID -> rate[1] -= item.amountYen();
                case REFUND -> rate[2] -= item.amountYen();
            }
            byGroup.merge(commissionGroup(item.productGroup(), terms), (long) item.amountYen(), Long::sum);
        }
        List<RateFigures> rates = new ArrayList<>();
        long netSales = 0;
        for (Map.Entry<Integer, long[]> e : byRate.entrySet()) {
            int taxRate = e.getKey();
            long[] r = e.getValue();
            long net = r[0] - r[1] - r[2];
            rates.add(new RateFigures(taxRate, r[0], r[1], r[2], net, Math.floorDiv(net * taxRate, 100L + taxRate)));
            netSales += net;
        }
        List<CommissionFigures> commissions = new ArrayList<>();
        long commission = 0;
        for (Map.Entry<String, Long> e : byGroup.entrySet()) {
            int basisPoints = terms.basisPointsFor(e.getKey());
            long amount = Math.floorDiv(e.getValue() * basisPoints, 10_000L);
            commissions.add(new CommissionFigures(e.getKey(), e.getValue(), basisPoints, amount));
            commission += amount;
        }
        long commissionTax = Math.floorDiv(commission * SettlementFigures.COMMISSION_TAX_RATE, 100L);
        long feesYen = fees == null ? 0 : fees.stream().mapToLong(Fee::amountYen).sum();
        return new SettlementFigures(List.copyOf(rates), netSales, List.copyOf(commissions), commission,
                commissionTax, feesYen, netSales - commission - commissionTax - feesYen);
    }

    /** The group whose rate an item's sales pay: its product group if the terms name it, else the producer's. */
    static String commissionGroup(String productGroup, CommissionTerms terms) {
        return productGroup != null && terms.byProductGroup().containsKey(productGroup) ? productGroup : null;
    }
}
