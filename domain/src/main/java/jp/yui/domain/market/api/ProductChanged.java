package jp.yui.domain.market.api;

import org.axonframework.serialization.Revision;

/** A product is now as stated; sales recorded before keep their own price and rate. */
@Revision("1")
public record ProductChanged(
        String productId,
        String organizationId,
        String name,
        String productGroup,
        int priceYen,
        TaxCategory taxCategory,
        boolean onSale,
        String recordedBy) {
}
