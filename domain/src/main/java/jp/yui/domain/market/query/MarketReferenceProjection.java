package jp.yui.domain.market.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.market.api.ProducerDetailsChanged;
import jp.yui.domain.market.api.ProducerErased;
import jp.yui.domain.market.api.ProducerRegistered;
import jp.yui.domain.market.api.ProducerSettled;
import jp.yui.domain.market.api.ProducerTermsChanged;
import jp.yui.domain.market.api.ProductChanged;
import jp.yui.domain.market.api.ProductRegistered;
import jp.yui.domain.market.api.SalesPointRegistered;
import jp.yui.domain.market.api.TillAdded;
import jp.yui.domain.shared.query.ViewStore;

/**
 * Producers (出荷者, details sealed), products and sales points with their tills. A registration delivered again
 * changes nothing: the view it made has been kept up to date since.
 */
@ProcessingGroup(MarketReferenceProjection.PROCESSING_GROUP)
public class MarketReferenceProjection {

    public static final String PROCESSING_GROUP = "market-reference";

    /** The stores this projection writes. */
    public record ViewStoreSet(ViewStore<ProducerView> producers, ViewStore<ProductView> products,
                               ViewStore<SalesPointView> salesPoints) {
    }

    private final ViewStoreSet views;

    public MarketReferenceProjection(ViewStoreSet views) {
        this.views = views;
    }

    @EventHandler
    void on(ProducerRegistered e) {
        if (views.producers().find(e.producerId()).isPresent()) {
            return;
        }
        views.producers().save(e.producerId(), e.organizationId(), new ProducerView(e.producerId(),
                e.organizationId(), e.producerNumber(), e.details(), e.commission(), e.invoice(), null, false));
    }

    @EventHandler
    void on(ProducerDetailsChanged e) {
        views.producers().find(e.producerId()).ifPresent(p -> views.producers().save(e.producerId(),
                e.organizationId(), p.withDetails(e.details())));
    }

    @EventHandler
    void on(ProducerTermsChanged e) {
        views.producers().find(e.producerId()).ifPresent(p -> views.producers().save(e.producerId(),
                e.organizationId(), p.withTerms(e.commission(), e.invoice())));
    }

    @EventHandler
    void on(ProducerErased e) {
        views.producers().find(e.producerId()).ifPresent(p -> views.producers().save(e.producerId(),
                e.organizationId(), p.asErased()));
    }

    @EventHandler
    void on(ProducerSettled e) {
        views.producers().find(e.producerId()).ifPresent(p -> views.producers().save(e.producerId(),
                e.organizationId(), p.withSettledTo(e.periodTo())));
    }

    @EventHandler
    void on(ProductRegistered e) {
        if (views.products().find(e.productId()).isPresent()) {
            return;
        }
        views.products().save(e.productId(), e.organizationId(), new ProductView(e.productId(), e.organizationId(),
                e.code(), e.name(), e.producerId(), e.productGroup(), e.priceYen(), e.taxCategory(), true));
    }

    @EventHandler
    void on(ProductChanged e) {
        views.products().find(e.productId()).ifPresent(p -> views.products().save(e.productId(), e.organizationId(),
                p.changed(e.name(), e.productGroup(), e.priceYen(), e.taxCategory(), e.onSale())));
    }

    @EventHandler
    void on(SalesPointRegistered e) {
        if (views.salesPoints().find(e.salesPointId()).isPresent()) {
            return;
        }
        views.salesPoints().save(e.salesPointId(), e.organizationId(), new SalesPointView(e.salesPointId(),
                e.organizationId(), e.name(), e.kind(), e.tills()));
    }

    @EventHandler
    void on(TillAdded e) {
        views.salesPoints().find(e.salesPointId()).ifPresent(s -> views.salesPoints().save(e.salesPointId(),
                e.organizationId(), s.withTill(e.till())));
    }

    @ResetHandler
    void reset() {
        views.producers().deleteAll();
        views.products().deleteAll();
        views.salesPoints().deleteAll();
    }
}
