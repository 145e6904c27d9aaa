package jp.yui.domain.market.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.yui.domain.market.api.RateTotal;

/**
 * 売上集計: the sales figures of a sales point's day, month or year, or of several sales points, always counted from
 * receipts ({@link SalesReceipt}) or added up from smaller figures, never kept as counters.
 *
 * @param receipts              レシート数 (客数): sales made
 * @param grossSalesYen         総売上: what the sales came to, tax included
 * @param voids                 取消: void receipts
 * @param voidsYen              取消額
 * @param refunds               返品: refund receipts
 * @param refundsYen            返品額
 * @param netYen                純売上: gross less voids and refunds
 * @param rates                 per tax rate (8 and 10 always present): net and the tax in it
 * @param cashYen               現金: cash taken less cash paid back
 * @param cashlessYen           キャッシュレス: likewise
 * @param producers             per producer id: net sales (委託販売額)
 * @param groups                per product group: net sales
 * @param cashDifferenceYen     レジ締めの現金過不足: counted − expected at the closes
 * @param cashlessDifferenceYen キャッシュレスの過不足
 * @param tillsClosed           closes counted
 * @param days                  営業日: business days with a receipt
 */
public record SalesFigures(long receipts, long grossSalesYen, long voids, long voidsYen, long refunds,
                           long refundsYen, long netYen, List<TaxRateSales> rates, long cashYen, long cashlessYen,
                           Map<String, Long> producers, Map<String, Long> groups, long cashDifferenceYen,
                           long cashlessDifferenceYen, long tillsClosed, long days) {

    /** The rates a receipt may carry (see the market api): shown even when nothing was sold at one. */
    public static final List<Integer> TAX_RATES = List.of(8, 10);

    public static final SalesFigures NONE = new Tally().figures();

    public SalesFigures {
        rates = rates == null ? List.of() : List.copyOf(rates);
        // Sorted by key, so that the JSON and the stored documents list them the same way every time.
        producers = producers == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(producers));
        groups = groups == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(groups));
    }

    /** The figures at one rate (zero when none). */
    public TaxRateSales rate(int taxRate) {
        return rates.stream().filter(r -> r.taxRate() == taxRate).findFirst()
                .orElse(new TaxRateSales(taxRate, 0, 0));
    }

    /** A day's figures from its receipts and closes. */
    public static SalesFigures of(Collection<SalesReceipt> receipts, Collection<TillDifference> closes) {
        Tally tally = new Tally();
        receipts.forEach(tally::count);
        closes.forEach(tally::count);
        tally.days = receipts.isEmpty() ? 0 : 1;
        return tally.figures();
    }

    /** Figures added up (days into a month, months into a year, sales points into an organization). */
    public static SalesFigures total(Collection<SalesFigures> parts) {
        Tally tally = new Tally();
        parts.forEach(tally::add);
        return tally.figures();
    }

    static final class Tally {
        long receipts, grossSales, voids, voidsYen, refunds, refundsYen, cash, cashless, cashDifference,
                cashlessDifference, tillsClosed, days;
        final Map<Integer, long[]> rates = new TreeMap<>();
        final Map<String, Long> producers = new TreeMap<>();
        final Map<String, Long> groups = new TreeMap<>();

        Tally() {
            TAX_RATES.forEach(rate -> rates.put(rate, new long[2]));
        }

        void count(SalesReceipt receipt) {
            int sign = receipt.sign();
            switch (receipt.kind()) {
                case SALE -> {
                    receipts++;
                    grossSales += receipt.totalYen();
                }
                case VOID -> {
                    voids++;
                    voidsYen += receipt.totalYen();
                }
                case REFUND -> {
                    refunds++;
                    refundsYen += receipt.totalYen();
                }
            }
            for (RateTotal rate : receipt.rateTotals()) {
                long[] sums = rates.computeIfAbsent(rate.taxRate(), r -> new long[2]);
                sums[0] += (long) sign * rate.totalYen();
                sums[1] += (long) sign * rate.taxYen();
            }
            cash += (long) sign * receipt.cashYen();
            cashless += (long) sign * receipt.cashlessYen();
            receipt.producers().forEach((producer, yen) -> producers.merge(producer, (long) sign * yen, Long::sum));
            receipt.groups().forEach((group, yen) -> groups.merge(group, (long) sign * yen, Long::sum));
        }

        void count(TillDifference close) {
            tillsClosed++;
            cashDifference += close.cashDifferenceYen();
            cashlessDifference += close.cashlessDifferenceYen();
        }

        void add(SalesFigures f) {
            receipts += f.receipts;
            grossSales += f.grossSalesYen;
            voids += f.voids;
            voidsYen += f.voidsYen;
            refunds += f.refunds;
            refundsYen += f.refundsYen;
            cash += f.cashYen;
            cashless += f.cashlessYen;
            cashDifference += f.cashDifferenceYen;
            cashlessDifference += f.cashlessDifferenceYen;
            tillsClosed += f.tillsClosed;
            days += f.days;
            for (TaxRateSales rate : f.rates) {
                long[] sums = rates.computeIfAbsent(rate.taxRate(), r -> new long[2]);
                sums[0] += rate.netYen();
                sums[1] += rate.taxYen();
            }
            f.producers.forEach((producer, yen) -> producers.merge(producer, yen, Long::sum));
            f.groups.forEach((group, yen) -> groups.merge(group, yen, Long::sum));
        }

        SalesFigures figures() {
            List<TaxRateSales> byRate = new ArrayList<>();
            rates.forEach((rate, sums) -> byRate.add(new TaxRateSales(rate, sums[0], sums[1])));
            return new SalesFigures(receipts, grossSales, voids, voidsYen, refunds, refundsYen,
                    grossSales - voidsYen - refundsYen, byRate, cash, cashless, producers, groups, cashDifference,
                    cashlessDifference, tillsClosed, days);
        }
    }
}
