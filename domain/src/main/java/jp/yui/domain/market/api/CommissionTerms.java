package jp.yui.domain.market.api;

import java.util.Map;

/**
 * 販売手数料: the producer's rate in basis points (1500 = 15 %), and optionally another rate per product group
 * (e.g. {@code "加工品" → 2000}).
 */
public record CommissionTerms(int basisPoints, Map<String, Integer> byProductGroup) {

    public CommissionTerms {
        byProductGroup = byProductGroup == null ? Map.of() : Map.copyOf(byProductGroup);
    }

    /** The rate for a product group: its own if it has one, else the producer's. */
    public int basisPointsFor(String productGroup) {
        return productGroup == null ? basisPoints : byProductGroup.getOrDefault(productGroup, basisPoints);
    }
}
