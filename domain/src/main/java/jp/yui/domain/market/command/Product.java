package jp.yui.domain.market.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.market.api.ChangeProduct;
import jp.yui.domain.market.api.ProductChanged;
import jp.yui.domain.market.api.ProductRegistered;
import jp.yui.domain.market.api.RegisterProduct;
import jp.yui.domain.shared.BelongsToOrganization;

/**
 * 商品: a product of one producer with its code, name, group, tax-inclusive price and tax category. The code is kept
 * unique in the organization by the caller; the producer and the code never change.
 */
public class Product {

    public static final String ID_TYPE = "Product";

    @AggregateIdentifier
    private String productId;
    private String organizationId;
    private String code;

    /** Required by Axon. */
    protected Product() {
    }

    @CommandHandler
    public Product(RegisterProduct command) {
        new ProductIsDescribed(command.code(), command.name(), command.priceYen(), command.taxCategory()).verify();
        new ProductHasProducer(command.producerId()).verify();
        apply(new ProductRegistered(command.productId(), command.organizationId(), command.code(), command.name(),
                command.producerId(), command.productGroup(), command.priceYen(), command.taxCategory(),
                command.recordedBy()));
    }

    @CommandHandler
    public void handle(ChangeProduct command) {
        new BelongsToOrganization("product", organizationId, command.organizationId()).verify();
        new ProductIsDescribed(code, command.name(), command.priceYen(), command.taxCategory()).verify();
        apply(new ProductChanged(productId, organizationId, command.name(), command.productGroup(),
                command.priceYen(), command.taxCategory(), command.onSale(), command.recordedBy()));
    }

    @EventSourcingHandler
    void on(ProductRegistered event) {
        productId = event.productId();
        organizationId = event.organizationId();
        code = event.code();
    }
}
