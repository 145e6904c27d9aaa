package jp.yui.domain.market.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change a product's name, group, price or tax category, or take it off sale ({@code onSale = false}). */
public record ChangeProduct(
        @TargetAggregateIdentifier String productId,
        String organizationId,
        String name,
        String productGroup,
        int priceYen,
        TaxCategory taxCategory,
        boolean onSale,
        String recordedBy) {
}
