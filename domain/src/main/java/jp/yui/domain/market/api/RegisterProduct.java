package jp.yui.domain.market.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a product (商品・ラベル) of a producer: a code unique in the organization (kept so by the caller), its name,
 * group (for commission and figures), tax-inclusive price in yen and tax category.
 */
public record RegisterProduct(
        @TargetAggregateIdentifier String productId,
        String organizationId,
        String code,
        String name,
        String producerId,
        String productGroup,
        int priceYen,
        TaxCategory taxCategory,
        String recordedBy) {
}
