package jp.yui.domain.market.api;

/**
 * A line of a sale (or of a void or refund of one): the product as it was sold — its producer and group copied onto
 * the line, so figures and settlements never need the product again — the quantity, the tax-inclusive unit price
 * and the tax rate (8 or 10). {@code lineId} is unique within its sale.
 */
public record SaleLine(String lineId, String productId, String producerId, String productGroup, String description,
                       int quantity, int unitPriceYen, int taxRate) {

    /** The line's tax-inclusive amount. */
    public int amountYen() {
        return quantity * unitPriceYen;
    }

    /** The same line with another quantity (a partial refund). */
    public SaleLine withQuantity(int newQuantity) {
        return new SaleLine(lineId, productId, producerId, productGroup, description, newQuantity, unitPriceYen,
                taxRate);
    }
}
