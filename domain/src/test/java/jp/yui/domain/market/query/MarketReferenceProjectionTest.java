package jp.yui.domain.market.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.yui.domain.market.api.BankAccount;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.InvoiceRegistration;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.api.ProducerDetailsChanged;
import jp.yui.domain.market.api.ProducerErased;
import jp.yui.domain.market.api.ProducerRegistered;
import jp.yui.domain.market.api.ProducerSettled;
import jp.yui.domain.market.api.ProducerTermsChanged;
import jp.yui.domain.market.api.ProductChanged;
import jp.yui.domain.market.api.ProductRegistered;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.SalesPointRegistered;
import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.market.api.Till;
import jp.yui.domain.market.api.TillAdded;
import jp.yui.domain.shared.ClearVault;
import jp.yui.domain.shared.EventDispatch;
import jp.yui.domain.shared.ProjectionHistory;
import jp.yui.domain.shared.query.InMemoryViewStore;

class MarketReferenceProjectionTest {

    private static final ClearVault VAULT = ClearVault.INSTANCE;
    private static final String P = "Producer:1";
    private static final CommissionTerms FIFTEEN = new CommissionTerms(1500, Map.of());
    private static final CommissionTerms TWENTY_ON_PROCESSED = new CommissionTerms(1500, Map.of("加工品", 2000));
    private static final InvoiceRegistration INVOICE = new InvoiceRegistration("T1234567890123",
            LocalDate.of(2023, 10, 1), null);

    private static ProducerDetails details(String phone) {
        return new ProducerDetails("湊 一郎", "みなと いちろう", phone, "湊町1",
                new BankAccount("会津銀行", "湊支店", "普通", "1234567", "ミナト イチロウ"));
    }

    private static ProducerSettled settled(String settlementId, LocalDate from, LocalDate to) {
        return new ProducerSettled(P, "minato", "001", settlementId, from, to, null, FIFTEEN, List.of(), List.of(),
                null, "office", LocalDateTime.of(2026, 5, 1, 10, 0));
    }

    private static final List<Object> HISTORY = List.of(
            new ProducerRegistered(P, "minato", "001", VAULT.seal(P, details("0242-11-1111")), FIFTEEN, null, "office"),
            new ProducerDetailsChanged(P, "minato", VAULT.seal(P, details("0242-22-2222")), "office"),
            new ProducerTermsChanged(P, "minato", TWENTY_ON_PROCESSED, INVOICE, "office"),
            settled("Settlement:1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
            new ProductRegistered("Product:1", "minato", "1001", "トマト", P, "野菜", 200, TaxCategory.FOOD, "office"),
            new ProductChanged("Product:1", "minato", "トマト（大）", "野菜", 250, TaxCategory.FOOD, false, "office"),
            new SalesPointRegistered("SalesPoint:1", "minato", "湊直売所", SalesPointKind.FARM_STAND,
                    List.of(new Till("Till:1", "レジ1")), "office"),
            new TillAdded("SalesPoint:1", "minato", new Till("Till:2", "レジ2"), "office"),
            new ProducerErased(P, "minato", "admin", Instant.EPOCH));

    private static MarketReferenceProjection.ViewStoreSet stores() {
        return new MarketReferenceProjection.ViewStoreSet(new InMemoryViewStore<>(ProducerView.BY_NUMBER),
                new InMemoryViewStore<>(ProductView.BY_CODE, ProductView.BY_PRODUCER),
                new InMemoryViewStore<>(SalesPointView.BY_TILL));
    }

    private static MarketReferenceProjection.ViewStoreSet apply(List<Object> history) {
        var views = stores();
        MarketReferenceProjection projection = new MarketReferenceProjection(views);
        history.forEach(e -> EventDispatch.dispatch(projection, e));
        return views;
    }

    @Test
    void eachEventTwiceOrAnyTailOfTheHistoryAgainChangesNothing() {
        ProjectionHistory.assertRedeliveryChangesNothing(MarketReferenceProjection.class,
                MarketReferenceProjectionTest::stores, MarketReferenceProjection::new,
                v -> List.of(v.producers().findByOrganization("minato"), v.products().findByOrganization("minato"),
                        v.salesPoints().findByOrganization("minato")),
                HISTORY);
    }

    @Test
    void aProducerHasTheLatestDetailsAndTermsAndIsFoundByNumber() {
        var views = apply(HISTORY.subList(0, HISTORY.size() - 1));
        ProducerView producer = views.producers().findBy("minato", ProducerView.BY_NUMBER.name(), "001").get(0);
        assertThat(VAULT.open(producer.details(), ProducerDetails.class)).map(ProducerDetails::phone)
                .contains("0242-22-2222");
        assertThat(producer.commission()).isEqualTo(TWENTY_ON_PROCESSED);
        assertThat(producer.invoice()).isEqualTo(INVOICE);
        assertThat(producer.settledTo()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(producer.erased()).isFalse();
    }

    @Test
    void aSettlementMovesSettledToOnlyForward() {
        var views = apply(HISTORY);
        var projection = new MarketReferenceProjection(views);
        EventDispatch.dispatch(projection, settled("Settlement:2", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
        EventDispatch.dispatch(projection, settled("Settlement:1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        assertThat(views.producers().find(P).orElseThrow().settledTo()).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void anErasedProducerKeepsNumberAndTermsButNoDetailsAndTakesNoNewDetails() {
        var views = apply(HISTORY);
        EventDispatch.dispatch(new MarketReferenceProjection(views),
                new ProducerDetailsChanged(P, "minato", VAULT.seal(P, details("0242-33-3333")), "office"));
        ProducerView producer = views.producers().find(P).orElseThrow();
        assertThat(producer.erased()).isTrue();
        assertThat(producer.details()).isNull();
        assertThat(producer.producerNumber()).isEqualTo("001");
        assertThat(producer.commission()).isEqualTo(TWENTY_ON_PROCESSED);
    }

    @Test
    void aProductIsAsLastChangedAndFoundByCodeAndProducer() {
        var views = apply(HISTORY);
        assertThat(views.products().findBy("minato", ProductView.BY_CODE.name(), "1001")).containsExactly(
                new ProductView("Product:1", "minato", "1001", "トマト（大）", P, "野菜", 250, TaxCategory.FOOD, false));
        assertThat(views.products().findBy("minato", ProductView.BY_PRODUCER.name(), P)).hasSize(1);
    }

    @Test
    void aSalesPointHasItsTillsInOrderAndIsFoundByEach() {
        var views = apply(HISTORY);
        assertThat(views.salesPoints().find("SalesPoint:1").orElseThrow().tills()).containsExactly(
                new Till("Till:1", "レジ1"), new Till("Till:2", "レジ2"));
        assertThat(views.salesPoints().findBy("minato", SalesPointView.BY_TILL.name(), "Till:2")).hasSize(1);
        assertThat(views.salesPoints().findBy("other", SalesPointView.BY_TILL.name(), "Till:2")).isEmpty();
    }

    @Test
    void eventsOfUnknownProducersProductsAndSalesPointsCreateNothing() {
        var views = apply(List.of(HISTORY.get(1), HISTORY.get(2), HISTORY.get(3), HISTORY.get(5), HISTORY.get(7),
                HISTORY.get(8)));
        assertThat(views.producers().findByOrganization("minato")).isEmpty();
        assertThat(views.products().findByOrganization("minato")).isEmpty();
        assertThat(views.salesPoints().findByOrganization("minato")).isEmpty();
    }

    @Test
    void resetEmptiesEveryStore() {
        var views = apply(HISTORY);
        new MarketReferenceProjection(views).reset();
        assertThat(views.producers().findByOrganization("minato")).isEmpty();
        assertThat(views.products().findByOrganization("minato")).isEmpty();
        assertThat(views.salesPoints().findByOrganization("minato")).isEmpty();
    }
}
