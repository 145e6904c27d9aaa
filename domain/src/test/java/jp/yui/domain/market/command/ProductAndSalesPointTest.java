package jp.yui.domain.market.command;

import static jp.yui.domain.shared.RuleViolationMatcher.violationOf;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import jp.yui.domain.market.api.AddTill;
import jp.yui.domain.market.api.ChangeProduct;
import jp.yui.domain.market.api.ProductChanged;
import jp.yui.domain.market.api.ProductRegistered;
import jp.yui.domain.market.api.RegisterProduct;
import jp.yui.domain.market.api.RegisterSalesPoint;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.SalesPointRegistered;
import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.market.api.Till;
import jp.yui.domain.market.api.TillAdded;
import jp.yui.domain.shared.BelongsToOrganization;

/** The market's reference data: products with their producer and price, sales points with their tills. */
class ProductAndSalesPointTest {

    static final String ORG = "minato";
    static final String PRODUCT = "Product:tomato";
    static final String PRODUCER = "Producer:p1";
    static final String POINT = "SalesPoint:stand";
    static final Till TILL_1 = new Till("Till:00000001-0000-4000-8000-000000000001", "レジ1");
    static final Till TILL_2 = new Till("Till:00000002-0000-4000-8000-000000000002", "レジ2");

    private final AggregateTestFixture<Product> products = new AggregateTestFixture<>(Product.class);
    private final AggregateTestFixture<SalesPoint> salesPoints = new AggregateTestFixture<>(SalesPoint.class);

    static RegisterProduct product(String code, String name, String producer, int price, TaxCategory category) {
        return new RegisterProduct(PRODUCT, ORG, code, name, producer, "野菜", price, category, "office1");
    }

    static ProductRegistered productRegistered() {
        return new ProductRegistered(PRODUCT, ORG, "0012", "トマト", PRODUCER, "野菜", 300, TaxCategory.FOOD,
                "office1");
    }

    @Test
    void whenProductIsRegisteredThenRegistered() {
        products.givenNoPriorActivity()
                .when(product("0012", "トマト", PRODUCER, 300, TaxCategory.FOOD))
                .expectEvents(productRegistered());
    }

    @Test
    void whenProductLacksCodeNamePriceOrTaxCategoryThenRefused() {
        for (RegisterProduct wrong : List.of(product(" ", "トマト", PRODUCER, 300, TaxCategory.FOOD),
                product("0012", "", PRODUCER, 300, TaxCategory.FOOD),
                product("0012", "トマト", PRODUCER, 0, TaxCategory.FOOD),
                product("0012", "トマト", PRODUCER, -300, TaxCategory.FOOD),
                product("0012", "トマト", PRODUCER, 300, null))) {
            products.givenNoPriorActivity()
                    .when(wrong)
                    .expectNoEvents()
                    .expectException(violationOf(ProductIsDescribed.class));
        }
    }

    @Test
    void whenProductHasNoProducerThenRefused() {
        products.givenNoPriorActivity()
                .when(product("0012", "トマト", null, 300, TaxCategory.FOOD))
                .expectNoEvents()
                .expectException(violationOf(ProductHasProducer.class));
        products.givenNoPriorActivity()
                .when(product("0012", "トマト", "Resident:1", 300, TaxCategory.FOOD))
                .expectNoEvents()
                .expectException(violationOf(ProductHasProducer.class));
    }

    @Test
    void whenProductChangesThenChanged() {
        products.given(productRegistered())
                .when(new ChangeProduct(PRODUCT, ORG, "完熟トマト", "野菜", 350, TaxCategory.FOOD, false, "office1"))
                .expectEvents(new ProductChanged(PRODUCT, ORG, "完熟トマト", "野菜", 350, TaxCategory.FOOD, false,
                        "office1"));
    }

    @Test
    void whenProductChangesToNoPriceThenRefused() {
        products.given(productRegistered())
                .when(new ChangeProduct(PRODUCT, ORG, "トマト", "野菜", 0, TaxCategory.FOOD, true, "office1"))
                .expectNoEvents()
                .expectException(violationOf(ProductIsDescribed.class));
    }

    @Test
    void whenAnotherOrganizationChangesTheProductThenRefused() {
        products.given(productRegistered())
                .when(new ChangeProduct(PRODUCT, "oto", "トマト", "野菜", 300, TaxCategory.FOOD, true, "x"))
                .expectNoEvents()
                .expectException(violationOf(BelongsToOrganization.class));
    }

    static RegisterSalesPoint salesPoint(String name, SalesPointKind kind, List<Till> tills) {
        return new RegisterSalesPoint(POINT, ORG, name, kind, tills, "office1");
    }

    static SalesPointRegistered salesPointRegistered() {
        return new SalesPointRegistered(POINT, ORG, "湊の直売所", SalesPointKind.FARM_STAND, List.of(TILL_1), "office1");
    }

    @Test
    void whenSalesPointIsRegisteredThenRegisteredWithItsTills() {
        salesPoints.givenNoPriorActivity()
                .when(salesPoint("湊の直売所", SalesPointKind.FARM_STAND, List.of(TILL_1)))
                .expectEvents(salesPointRegistered());
    }

    @Test
    void whenSalesPointHasNoNameOrKindThenRefused() {
        salesPoints.givenNoPriorActivity()
                .when(salesPoint(" ", SalesPointKind.MARKET, List.of(TILL_1)))
                .expectNoEvents()
                .expectException(violationOf(SalesPointIsDescribed.class));
        salesPoints.givenNoPriorActivity()
                .when(salesPoint("おおとマルシェ", null, List.of(TILL_1)))
                .expectNoEvents()
                .expectException(violationOf(SalesPointIsDescribed.class));
    }

    @Test
    void whenSalesPointHasNoTillThenRefused() {
        salesPoints.givenNoPriorActivity()
                .when(salesPoint("おおとマルシェ", SalesPointKind.MARKET, List.of()))
                .expectNoEvents()
                .expectException(violationOf(SalesPointHasTills.class));
    }

    @Test
    void whenTillHasNoNameOrIdThenRefused() {
        salesPoints.givenNoPriorActivity()
                .when(salesPoint("おおとマルシェ", SalesPointKind.MARKET, List.of(new Till(TILL_1.tillId(), ""))))
                .expectNoEvents()
                .expectException(violationOf(TillsAreNamed.class));
        salesPoints.givenNoPriorActivity()
                .when(salesPoint("おおとマルシェ", SalesPointKind.MARKET, List.of(new Till("1", "レジ1"))))
                .expectNoEvents()
                .expectException(violationOf(TillsAreNamed.class));
    }

    @Test
    void whenTillIdIsTwiceThenRefused() {
        salesPoints.givenNoPriorActivity()
                .when(salesPoint("おおとマルシェ", SalesPointKind.MARKET,
                        List.of(TILL_1, new Till(TILL_1.tillId(), "レジ2"))))
                .expectNoEvents()
                .expectException(violationOf(TillIdsAreUnique.class));
    }

    @Test
    void whenTillIsAddedThenAdded() {
        salesPoints.given(salesPointRegistered())
                .when(new AddTill(POINT, ORG, TILL_2, "office1"))
                .expectEvents(new TillAdded(POINT, ORG, TILL_2, "office1"));
    }

    @Test
    void whenAddedTillIsThereAlreadyThenRefused() {
        salesPoints.given(salesPointRegistered(), new TillAdded(POINT, ORG, TILL_2, "office1"))
                .when(new AddTill(POINT, ORG, new Till(TILL_2.tillId(), "レジ3"), "office1"))
                .expectNoEvents()
                .expectException(violationOf(TillIdsAreUnique.class));
    }

    @Test
    void whenAnotherOrganizationAddsATillThenRefused() {
        salesPoints.given(salesPointRegistered())
                .when(new AddTill(POINT, "oto", TILL_2, "x"))
                .expectNoEvents()
                .expectException(violationOf(BelongsToOrganization.class));
    }
}
