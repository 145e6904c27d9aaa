package jp.yui.domain.market.query;

/**
 * Sales at one tax rate over a day, month or year: the net of sales, voids and refunds (tax-inclusive), and the
 * consumption tax in it as the receipts stated it (each receipt rounds once per rate; these are their sums).
 */
public record TaxRateSales(int taxRate, long netYen, long taxYen) {

    /** The net without its tax (税抜). */
    public long netExcludingTaxYen() {
        return netYen - taxYen;
    }
}
