package jp.yui.domain.market.query;

import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.shared.query.ViewKey;

/** A product as the till and the office see it. */
public record ProductView(String productId, String organizationId, String code, String name, String producerId,
                          String productGroup, int priceYen, TaxCategory taxCategory, boolean onSale) {

    /** A product code (the label's number) belongs to one product of the organization. */
    public static final ViewKey<ProductView> BY_CODE = ViewKey.of("code", ProductView::code);
    /** A producer's products. */
    public static final ViewKey<ProductView> BY_PRODUCER = ViewKey.of("producerId", ProductView::producerId);

    public ProductView changed(String newName, String newGroup, int newPriceYen, TaxCategory newCategory,
                               boolean nowOnSale) {
        return new ProductView(productId, organizationId, code, newName, producerId, newGroup, newPriceYen,
                newCategory, nowOnSale);
    }
}
