package jp.yui.domain.market.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 税率ごとの合計: the tax-inclusive total of a receipt's lines at one rate and the consumption tax in it, rounded
 * down once per receipt and rate, as the invoice rules (適格簡易請求書) require.
 */
public record RateTotal(int taxRate, int totalYen, int taxYen) {

    /** The per-rate totals of these lines, in rate order (8 before 10). */
    public static List<RateTotal> of(Collection<SaleLine> lines) {
        Map<Integer, Integer> byRate = new TreeMap<>();
        for (SaleLine line : lines) {
            byRate.merge(line.taxRate(), line.amountYen(), Integer::sum);
        }
        return byRate.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
    }

    /** The tax in a tax-inclusive total, rounded down: {@code floor(total × rate / (100 + rate))}. */
    public static RateTotal of(int taxRate, int totalYen) {
        long tax = Math.floorDiv((long) totalYen * taxRate, 100L + taxRate);
        return new RateTotal(taxRate, totalYen, (int) tax);
    }
}
