package jp.yui.app.market.usecase;

import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.Conflict;
import jp.yui.app.web.NotFound;
import jp.yui.domain.market.api.ChangeProduct;
import jp.yui.domain.market.api.RegisterProduct;
import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.market.query.ProducerView;
import jp.yui.domain.market.query.ProductView;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.query.ViewStore;

/** 商品・ラベル: the organization's products, each of one of its producers, under a code unique in it. */
@Service
public class Products {

    public record Registration(String code, String name, String producerId, String productGroup, int priceYen,
                               TaxCategory taxCategory) {
    }

    static final String ID_TYPE = "Product";

    private final CommandGateway commands;
    private final ViewStore<ProductView> products;
    private final ViewStore<ProducerView> producers;

    Products(CommandGateway commands, ViewStore<ProductView> products, ViewStore<ProducerView> producers) {
        this.commands = commands;
        this.products = products;
        this.producers = producers;
    }

    /**
     * Registers a product of one of the organization's producers (422 for any other producer) under a code no other
     * product of the organization has (409). The id is derived from the organization and the code.
     */
    public String register(String org, Registration r, String by) {
        if (OfOrganization.find(producers, r.producerId(), org, ProducerView::organizationId).isEmpty()) {
            throw Conflict.unprocessable("unknown-producer");
        }
        if (byCode(org, r.code()).isPresent()) {
            throw new Conflict("product-code-taken");
        }
        String productId = Ids.derivedId(ID_TYPE, org + "/" + r.code());
        commands.sendAndWait(new RegisterProduct(productId, org, r.code(), r.name(), r.producerId(),
                r.productGroup(), r.priceYen(), r.taxCategory(), by));
        return productId;
    }

    public void change(String org, String productId, String name, String productGroup, int priceYen,
                       TaxCategory taxCategory, boolean onSale, String by) {
        commands.sendAndWait(new ChangeProduct(productId, org, name, productGroup, priceYen, taxCategory, onSale,
                by));
    }

    public List<ProductView> list(String org) {
        return products.findByOrganization(org);
    }

    /** The product with this label code: one index lookup. */
    public Optional<ProductView> byCode(String org, String code) {
        return products.findBy(org, ProductView.BY_CODE.name(), code).stream().findFirst();
    }

    public ProductView find(String org, String productId) {
        return products.find(productId).filter(p -> p.organizationId().equals(org)).orElseThrow(NotFound::new);
    }
}
