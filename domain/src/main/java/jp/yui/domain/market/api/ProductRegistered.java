package jp.yui.domain.market.api;

import org.axonframework.serialization.Revision;

/** A product was registered. */
@Revision("1")
public record ProductRegistered(
        String productId,
        String organizationId,
        String code,
        String name,
        String producerId,
        String productGroup,
        int priceYen,
        TaxCategory taxCategory,
        String recordedBy) {
}
