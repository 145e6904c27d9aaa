package jp.yui.domain.market.api;

/** What a product is for consumption tax: food (reduced rate 8 %) or other goods (10 %). */
public enum TaxCategory {
    FOOD(8), OTHER(10);

    private final int defaultRate;

    TaxCategory(int defaultRate) {
        this.defaultRate = defaultRate;
    }

    /** The rate on a sale line: 8 % for food taken away, 10 % for other goods and for food eaten in. */
    public int rate(boolean eatIn) {
        return eatIn ? 10 : defaultRate;
    }
}
