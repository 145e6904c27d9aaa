package jp.yui.domain.market.command;

import static jp.yui.domain.shared.RuleViolationMatcher.violationOf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import jp.yui.domain.market.api.CloseTillSession;
import jp.yui.domain.market.api.OpenTillSession;
import jp.yui.domain.market.api.OriginalSale;
import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.RateTotal;
import jp.yui.domain.market.api.RecordSale;
import jp.yui.domain.market.api.RefundLine;
import jp.yui.domain.market.api.RefundSale;
import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.market.api.SaleRecorded;
import jp.yui.domain.market.api.SaleRefunded;
import jp.yui.domain.market.api.SaleVoided;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.api.TenderCount;
import jp.yui.domain.market.api.TillSessionClosed;
import jp.yui.domain.market.api.TillSessionOpened;
import jp.yui.domain.market.api.VoidSale;
import jp.yui.domain.shared.BelongsToOrganization;

/** A till's day: open with a float, sales, voids and refunds as their own facts, the close. */
class TillSessionTest {

    static final String ORG = "minato";
    static final String POINT = "SalesPoint:stand";
    static final String TILL = "Till:3f2a9c1b-0000-4000-8000-000000000001";
    static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    static final String SESSION = TillSession.idFor(TILL, DAY);
    static final LocalDateTime AT = DAY.atTime(9, 0);
    static final String EARLIER = TillSession.idFor(TILL, DAY.minusDays(1));

    private final AggregateTestFixture<TillSession> fixture = new AggregateTestFixture<>(TillSession.class);

    static SaleLine line(String lineId, int quantity, int unitPrice, int rate) {
        return new SaleLine(lineId, "Product:" + lineId, "Producer:p1", "野菜", "品 " + lineId, quantity, unitPrice,
                rate);
    }

    /** Tomatoes 2 × ¥300 at 8 %, a basket 1 × ¥550 at 10 %: ¥1,150. */
    static final List<SaleLine> LINES = List.of(line("l1", 2, 300, 8), line("l2", 1, 550, 10));

    static TillSessionOpened opened() {
        return new TillSessionOpened(SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, 10_000, "佐藤",
                AT);
    }

    static RecordSale sale(String saleId, List<SaleLine> lines, Payment... payments) {
        return new RecordSale(SESSION, ORG, saleId, lines, List.of(payments), "佐藤", AT);
    }

    static SaleRecorded recorded(String saleId, int sequence, List<SaleLine> lines, Payment... payments) {
        return new SaleRecorded(SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, saleId,
                "20250601-3f2a9c1b-" + sequence, lines, List.of(payments), RateTotal.of(lines),
                lines.stream().mapToInt(SaleLine::amountYen).sum(), "佐藤", AT);
    }

    static Payment cash(int amount, int tendered) {
        return new Payment(Tender.CASH, amount, tendered);
    }

    static Payment cashless(int amount) {
        return new Payment(Tender.CASHLESS, amount, amount);
    }

    static SaleRecorded firstSale() {
        return recorded("sale-1", 1, LINES, cash(1150, 2000));
    }

    static TillSessionClosed closedEvent() {
        return new TillSessionClosed(SESSION, ORG, POINT, TILL, DAY, List.of(
                new TenderCount(Tender.CASH, 10_000, 10_000, 0), new TenderCount(Tender.CASHLESS, 0, 0, 0)),
                "佐藤", AT);
    }

    @Test
    void whenTillIsOpenedThenOpenedWithItsFloat() {
        fixture.givenNoPriorActivity()
                .when(new OpenTillSession(SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, 10_000, "佐藤",
                        AT))
                .expectEvents(opened());
    }

    @Test
    void whenOpenedAgainThenNothingMoreIsRecorded() {
        fixture.given(opened())
                .when(new OpenTillSession(SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, 10_000, "佐藤",
                        AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void whenFloatIsNegativeThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenTillSession(SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, -1, "佐藤", AT))
                .expectNoEvents()
                .expectException(violationOf(FloatIsNotNegative.class));
    }

    @Test
    void whenOpenedByNobodyThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenTillSession(SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, 0, " ", AT))
                .expectNoEvents()
                .expectException(violationOf(ActedByNamedPerson.class));
    }

    @Test
    void whenSessionIdIsNotTheTillsOfTheDayThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenTillSession(EARLIER, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, 0, "佐藤", AT))
                .expectNoEvents()
                .expectException(violationOf(TillSessionIdMatchesTillAndDay.class));
    }

    @Test
    void whenSaleIsRecordedThenItHasAReceiptNumberAndTaxPerRate() {
        fixture.given(opened())
                .when(sale("sale-1", LINES, cash(1150, 2000)))
                .expectEvents(new SaleRecorded(SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, "sale-1",
                        "20250601-3f2a9c1b-1", LINES, List.of(cash(1150, 2000)),
                        List.of(new RateTotal(8, 600, 44), new RateTotal(10, 550, 50)), 1150, "佐藤", AT))
                .expectResultMessagePayload("20250601-3f2a9c1b-1");
    }

    @Test
    void whenSecondSaleIsRecordedThenItsReceiptNumberIsTheNext() {
        fixture.given(opened(), firstSale())
                .when(sale("sale-2", List.of(line("l1", 1, 200, 8)), cashless(200)))
                .expectEvents(recorded("sale-2", 2, List.of(line("l1", 1, 200, 8)), cashless(200)))
                .expectResultMessagePayload("20250601-3f2a9c1b-2");
    }

    @Test
    void whenSameSaleIsSentAgainThenNothingMoreIsRecordedAndTheSameReceiptIsAnswered() {
        fixture.given(opened(), firstSale())
                .when(sale("sale-1", LINES, cash(1150, 2000)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload("20250601-3f2a9c1b-1");
    }

    @Test
    void whenSaleIsSentAgainAfterTheCloseThenAnsweredAsTheFirstTime() {
        fixture.given(opened(), firstSale(), closedEvent())
                .when(sale("sale-1", LINES, cash(1150, 2000)))
                .expectNoEvents()
                .expectResultMessagePayload("20250601-3f2a9c1b-1");
    }

    @Test
    void whenSessionIsClosedThenNoSale() {
        fixture.given(opened(), closedEvent())
                .when(sale("sale-1", LINES, cash(1150, 1150)))
                .expectNoEvents()
                .expectException(violationOf(TillSessionIsOpen.class));
    }

    @Test
    void whenAnotherOrganizationSellsThenRefused() {
        fixture.given(opened())
                .when(new RecordSale(SESSION, "oto", "sale-1", LINES, List.of(cash(1150, 1150)), "x", AT))
                .expectNoEvents()
                .expectException(violationOf(BelongsToOrganization.class));
    }
}
