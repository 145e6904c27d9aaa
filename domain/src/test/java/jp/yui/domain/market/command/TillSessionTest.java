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
    void whenAnotherOrganizationOpensTheSessionThenRefused() {
        fixture.given(opened())
                .when(new OpenTillSession(SESSION, "oto", POINT, SalesPointKind.FARM_STAND, TILL, DAY, 10_000, "x", AT))
                .expectNoEvents()
                .expectException(violationOf(BelongsToOrganization.class));
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

    // --- sale lines and payments

    @Test
    void whenSaleHasNoLinesThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", List.of(), cash(0, 0)))
                .expectNoEvents()
                .expectException(violationOf(SaleHasLines.class));
    }

    @Test
    void whenQuantityIsZeroOrNegativeThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", List.of(line("l1", 0, 300, 8)), cash(0, 0)))
                .expectNoEvents()
                .expectException(violationOf(LineQuantityIsPositive.class));
        fixture.given(opened())
                .when(sale("sale-1", List.of(line("l1", -2, 300, 8)), cash(0, 0)))
                .expectNoEvents()
                .expectException(violationOf(LineQuantityIsPositive.class));
    }

    @Test
    void whenUnitPriceIsNegativeThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", List.of(line("l1", 1, -300, 8)), cash(0, 0)))
                .expectNoEvents()
                .expectException(violationOf(UnitPricesAreNotNegative.class));
    }

    @Test
    void whenTaxRateIsNeitherEightNorTenThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", List.of(line("l1", 1, 300, 5)), cash(300, 300)))
                .expectNoEvents()
                .expectException(violationOf(TaxRateIsEightOrTen.class));
    }

    @Test
    void whenSaleComesToMoreThanTenMillionYenThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", List.of(line("l1", 100_000, 100_000, 8)), cash(0, 0)))
                .expectNoEvents()
                .expectException(violationOf(SaleIsWithinLimit.class));
        fixture.given(opened())
                .when(sale("sale-1", List.of(line("l1", 1, 6_000_000, 10), line("l2", 1, 5_000_000, 10)),
                        cash(11_000_000, 11_000_000)))
                .expectNoEvents()
                .expectException(violationOf(SaleIsWithinLimit.class));
    }

    @Test
    void whenLineIdIsUsedTwiceThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", List.of(line("l1", 1, 300, 8), line("l1", 1, 200, 8)), cash(500, 500)))
                .expectNoEvents()
                .expectException(violationOf(SaleLineIdsAreUnique.class));
    }

    @Test
    void whenLineHasNoProducerThenRefused() {
        SaleLine noProducer = new SaleLine("l1", "Product:l1", null, null, "品", 1, 300, 8);
        fixture.given(opened())
                .when(sale("sale-1", List.of(noProducer), cash(300, 300)))
                .expectNoEvents()
                .expectException(violationOf(SaleLinesAreComplete.class));
    }

    @Test
    void whenSaleHasNoPaymentThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", LINES))
                .expectNoEvents()
                .expectException(violationOf(SaleHasPayments.class));
    }

    @Test
    void whenPaymentIsNegativeThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", LINES, cash(1250, 1250), cashless(-100)))
                .expectNoEvents()
                .expectException(violationOf(PaymentAmountsAreNotNegative.class));
    }

    @Test
    void whenPaymentsDoNotAddUpToTheTotalThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", LINES, cash(1100, 2000)))
                .expectNoEvents()
                .expectException(violationOf(PaymentsSettleTheTotal.class));
        fixture.given(opened())
                .when(sale("sale-1", LINES, cash(1000, 1000), cashless(200)))
                .expectNoEvents()
                .expectException(violationOf(PaymentsSettleTheTotal.class));
    }

    @Test
    void whenSplitBetweenCashAndCashlessThenRecorded() {
        fixture.given(opened())
                .when(sale("sale-1", LINES, cash(150, 1000), cashless(1000)))
                .expectEvents(recorded("sale-1", 1, LINES, cash(150, 1000), cashless(1000)));
    }

    @Test
    void whenCashTenderedIsLessThanItsAmountThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", LINES, cash(1150, 1000)))
                .expectNoEvents()
                .expectException(violationOf(TenderedCoversAmount.class));
    }

    @Test
    void whenCashlessTenderedIsNotItsAmountThenRefused() {
        fixture.given(opened())
                .when(sale("sale-1", LINES, new Payment(Tender.CASHLESS, 1150, 2000)))
                .expectNoEvents()
                .expectException(violationOf(TenderedCoversAmount.class));
    }

    // --- voids

    static VoidSale voidOf(String voidId, String saleId, List<String> lineIds, Tender tender) {
        return new VoidSale(SESSION, ORG, voidId, saleId, lineIds, tender, "打ち間違い", "佐藤", AT);
    }

    static SaleVoided voided(String voidId, List<SaleLine> lines, Tender tender) {
        return new SaleVoided(SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, voidId, "sale-1",
                "20250601-3f2a9c1b-1", lines, RateTotal.of(lines), lines.stream().mapToInt(SaleLine::amountYen).sum(),
                tender, "打ち間違い", "佐藤", AT);
    }

    @Test
    void whenLineIsVoidedThenVoidedWithItsTaxAndAmount() {
        fixture.given(opened(), firstSale())
                .when(voidOf("void-1", "sale-1", List.of("l2"), Tender.CASH))
                .expectEvents(voided("void-1", List.of(LINES.get(1)), Tender.CASH));
    }

    @Test
    void whenNoLinesAreNamedThenEveryLineNotYetVoidedIsVoided() {
        fixture.given(opened(), firstSale(), voided("void-1", List.of(LINES.get(1)), Tender.CASH))
                .when(voidOf("void-2", "sale-1", List.of(), Tender.CASH))
                .expectEvents(voided("void-2", List.of(LINES.get(0)), Tender.CASH));
    }

    @Test
    void whenEveryLineIsVoidedAlreadyThenNothingIsLeftToVoid() {
        fixture.given(opened(), firstSale(), voided("void-1", LINES, Tender.CASH))
                .when(voidOf("void-2", "sale-1", List.of(), Tender.CASH))
                .expectNoEvents()
                .expectException(violationOf(LineIsVoidedOnce.class));
    }

    @Test
    void whenLineIsVoidedTwiceThenRefused() {
        fixture.given(opened(), firstSale(), voided("void-1", List.of(LINES.get(1)), Tender.CASH))
                .when(voidOf("void-2", "sale-1", List.of("l2"), Tender.CASH))
                .expectNoEvents()
                .expectException(violationOf(LineIsVoidedOnce.class));
    }

    @Test
    void whenSameVoidIsSentAgainThenNothingMoreIsRecorded() {
        fixture.given(opened(), firstSale(), voided("void-1", List.of(LINES.get(1)), Tender.CASH))
                .when(voidOf("void-1", "sale-1", List.of("l2"), Tender.CASH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void whenVoidedLineIsUnknownThenRefused() {
        fixture.given(opened(), firstSale())
                .when(voidOf("void-1", "sale-1", List.of("l9"), Tender.CASH))
                .expectNoEvents()
                .expectException(violationOf(VoidedLineIsKnown.class));
    }

    @Test
    void whenVoidedSaleIsNotOfThisSessionThenRefused() {
        fixture.given(opened(), firstSale())
                .when(voidOf("void-1", "sale-9", List.of(), Tender.CASH))
                .expectNoEvents()
                .expectException(violationOf(VoidedLineIsKnown.class));
    }

    @Test
    void whenVoidHasNoReasonThenRefused() {
        fixture.given(opened(), firstSale())
                .when(new VoidSale(SESSION, ORG, "void-1", "sale-1", List.of("l1"), Tender.CASH, "", "佐藤", AT))
                .expectNoEvents()
                .expectException(violationOf(ReasonIsGiven.class));
    }

    @Test
    void whenVoidHasNoTenderThenRefused() {
        fixture.given(opened(), firstSale())
                .when(voidOf("void-1", "sale-1", List.of("l1"), null))
                .expectNoEvents()
                .expectException(violationOf(TenderIsGiven.class));
    }

    @Test
    void whenPartlyRefundedLineIsVoidedThenRefused() {
        fixture.given(opened(), firstSale(), refunded("refund-1", SESSION, List.of(LINES.get(0).withQuantity(1))))
                .when(voidOf("void-1", "sale-1", List.of("l1"), Tender.CASH))
                .expectNoEvents()
                .expectException(violationOf(VoidedLineIsNotRefunded.class));
    }

    @Test
    void whenSessionIsClosedThenNoVoid() {
        fixture.given(opened(), firstSale(), closedEvent())
                .when(voidOf("void-1", "sale-1", List.of("l1"), Tender.CASH))
                .expectNoEvents()
                .expectException(violationOf(TillSessionIsOpen.class));
    }

    // --- refunds

    static OriginalSale ownSale() {
        return new OriginalSale(SESSION, "sale-1", "20250601-3f2a9c1b-1", LINES, List.of(), Map.of());
    }

    /** Yesterday's sale: 5 × ¥300 tomatoes (8 %), 2 × ¥550 baskets (10 %); 2 tomatoes refunded elsewhere, basket voided. */
    static OriginalSale yesterdaysSale(Map<String, Integer> refundedQuantities, List<String> voided) {
        return new OriginalSale(EARLIER, "sale-0", "20250531-3f2a9c1b-4",
                List.of(line("l1", 5, 300, 8), line("l2", 2, 550, 10)), voided, refundedQuantities);
    }

    static RefundSale refund(String refundId, OriginalSale original, RefundLine... lines) {
        return new RefundSale(SESSION, ORG, refundId, original, List.of(lines), Tender.CASH, "傷み", "佐藤", AT);
    }

    static SaleRefunded refunded(String refundId, String originalSession, List<SaleLine> lines) {
        boolean own = SESSION.equals(originalSession);
        return new SaleRefunded(SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, refundId, originalSession,
                own ? "sale-1" : "sale-0", own ? "20250601-3f2a9c1b-1" : "20250531-3f2a9c1b-4", lines,
                RateTotal.of(lines), lines.stream().mapToInt(SaleLine::amountYen).sum(), Tender.CASH, "傷み", "佐藤",
                AT);
    }

    @Test
    void whenPartOfASaleOfThisSessionIsRefundedThenRefundedWithTheRefundedQuantity() {
        fixture.given(opened(), firstSale())
                .when(refund("refund-1", ownSale(), new RefundLine("l1", 1)))
                .expectEvents(refunded("refund-1", SESSION, List.of(LINES.get(0).withQuantity(1))));
    }

    @Test
    void whenRefundExceedsWhatWasPaidInThisSessionThenRefused() {
        fixture.given(opened(), firstSale(), refunded("refund-1", SESSION, List.of(LINES.get(0).withQuantity(1))))
                .when(refund("refund-2", ownSale(), new RefundLine("l1", 2)))
                .expectNoEvents()
                .expectException(violationOf(RefundDoesNotExceedPaid.class));
    }

    @Test
    void whenTheRestOfARefundedLineIsRefundedThenRefunded() {
        fixture.given(opened(), firstSale(), refunded("refund-1", SESSION, List.of(LINES.get(0).withQuantity(1))))
                .when(refund("refund-2", ownSale(), new RefundLine("l1", 1)))
                .expectEvents(refunded("refund-2", SESSION, List.of(LINES.get(0).withQuantity(1))));
    }

    @Test
    void whenRefundQuantityIsZeroOrNegativeThenRefused() {
        fixture.given(opened(), firstSale())
                .when(refund("refund-1", ownSale(), new RefundLine("l1", 0)))
                .expectNoEvents()
                .expectException(violationOf(RefundDoesNotExceedPaid.class));
        fixture.given(opened(), firstSale())
                .when(refund("refund-1", ownSale(), new RefundLine("l1", -1)))
                .expectNoEvents()
                .expectException(violationOf(RefundDoesNotExceedPaid.class));
    }

    @Test
    void whenRefundOfAnEarlierSessionsSaleExceedsWhatIsLeftThenRefused() {
        fixture.given(opened())
                .when(refund("refund-1", yesterdaysSale(Map.of("l1", 2), List.of()), new RefundLine("l1", 4)))
                .expectNoEvents()
                .expectException(violationOf(RefundDoesNotExceedPaid.class));
    }

    @Test
    void whenRefundOfAnEarlierSessionsSaleIsWithinWhatIsLeftThenRefunded() {
        fixture.given(opened())
                .when(refund("refund-1", yesterdaysSale(Map.of("l1", 2), List.of()), new RefundLine("l1", 3)))
                .expectEvents(refunded("refund-1", EARLIER, List.of(line("l1", 3, 300, 8))));
    }

    @Test
    void whenEarlierSessionsSaleWasRefundedInThisSessionAlreadyThenThatCountsToo() {
        fixture.given(opened(), refunded("refund-1", EARLIER, List.of(line("l1", 2, 300, 8))))
                .when(refund("refund-2", yesterdaysSale(Map.of("l1", 2), List.of()), new RefundLine("l1", 2)))
                .expectNoEvents()
                .expectException(violationOf(RefundDoesNotExceedPaid.class));
        fixture.given(opened(), refunded("refund-1", EARLIER, List.of(line("l1", 2, 300, 8))))
                .when(refund("refund-2", yesterdaysSale(Map.of("l1", 2), List.of()), new RefundLine("l1", 1)))
                .expectEvents(refunded("refund-2", EARLIER, List.of(line("l1", 1, 300, 8))));
    }

    @Test
    void whenTheReadSideCountedThisSessionsRefundAlreadyThenItIsNotCountedTwice() {
        // 5 sold; 2 refunded yesterday elsewhere and 2 here (refund-1), which the read side already counts: 4 of 5.
        OriginalSale seenByReadSide = new OriginalSale(EARLIER, "sale-0", "20250531-3f2a9c1b-4",
                List.of(line("l1", 5, 300, 8), line("l2", 2, 550, 10)), List.of(), Map.of("l1", 4),
                java.util.Set.of("refund-elsewhere", "refund-1"));
        fixture.given(opened(), refunded("refund-1", EARLIER, List.of(line("l1", 2, 300, 8))))
                .when(refund("refund-2", seenByReadSide, new RefundLine("l1", 1)))
                .expectEvents(refunded("refund-2", EARLIER, List.of(line("l1", 1, 300, 8))));
        fixture.given(opened(), refunded("refund-1", EARLIER, List.of(line("l1", 2, 300, 8))))
                .when(refund("refund-2", seenByReadSide, new RefundLine("l1", 2)))
                .expectNoEvents()
                .expectException(violationOf(RefundDoesNotExceedPaid.class));
    }

    @Test
    void whenVoidedLineIsRefundedThenRefused() {
        fixture.given(opened())
                .when(refund("refund-1", yesterdaysSale(Map.of(), List.of("l2")), new RefundLine("l2", 1)))
                .expectNoEvents()
                .expectException(violationOf(RefundedLineIsNotVoided.class));
        fixture.given(opened(), firstSale(), voided("void-1", List.of(LINES.get(1)), Tender.CASH))
                .when(refund("refund-1", ownSale(), new RefundLine("l2", 1)))
                .expectNoEvents()
                .expectException(violationOf(RefundedLineIsNotVoided.class));
    }

    @Test
    void whenRefundedLineIsUnknownThenRefused() {
        fixture.given(opened(), firstSale())
                .when(refund("refund-1", ownSale(), new RefundLine("l9", 1)))
                .expectNoEvents()
                .expectException(violationOf(RefundedLineIsKnown.class));
        fixture.given(opened())
                .when(refund("refund-1", ownSale(), new RefundLine("l1", 1)))
                .expectNoEvents()
                .expectException(violationOf(RefundedLineIsKnown.class));
    }

    @Test
    void whenRefundHasNoLinesOrALineTwiceThenRefused() {
        fixture.given(opened(), firstSale())
                .when(refund("refund-1", ownSale()))
                .expectNoEvents()
                .expectException(violationOf(RefundHasLines.class));
        fixture.given(opened(), firstSale())
                .when(refund("refund-1", ownSale(), new RefundLine("l1", 1), new RefundLine("l1", 1)))
                .expectNoEvents()
                .expectException(violationOf(RefundHasLines.class));
    }

    @Test
    void whenRefundHasNoReasonThenRefused() {
        fixture.given(opened(), firstSale())
                .when(new RefundSale(SESSION, ORG, "refund-1", ownSale(), List.of(new RefundLine("l1", 1)),
                        Tender.CASH, " ", "佐藤", AT))
                .expectNoEvents()
                .expectException(violationOf(ReasonIsGiven.class));
    }

    @Test
    void whenRefundHasNoTenderThenRefused() {
        fixture.given(opened(), firstSale())
                .when(new RefundSale(SESSION, ORG, "refund-1", ownSale(), List.of(new RefundLine("l1", 1)), null,
                        "傷み", "佐藤", AT))
                .expectNoEvents()
                .expectException(violationOf(TenderIsGiven.class));
    }

    @Test
    void whenRefundedInCashlessThenTheCashlessCountExpectsLess() {
        fixture.given(opened(), recorded("sale-1", 1, LINES, cashless(1150)),
                        new SaleRefunded(SESSION, ORG, POINT, SalesPointKind.FARM_STAND, TILL, DAY, "refund-1", SESSION,
                                "sale-1", "20250601-3f2a9c1b-1", List.of(LINES.get(1)),
                                RateTotal.of(List.of(LINES.get(1))), 550, Tender.CASHLESS, "傷み", "佐藤", AT))
                .when(new CloseTillSession(SESSION, ORG, Map.of(Tender.CASH, 10_000, Tender.CASHLESS, 600), "佐藤",
                        AT))
                .expectEvents(new TillSessionClosed(SESSION, ORG, POINT, TILL, DAY, List.of(
                        new TenderCount(Tender.CASH, 10_000, 10_000, 0),
                        new TenderCount(Tender.CASHLESS, 600, 600, 0)), "佐藤", AT));
    }

    @Test
    void whenSameRefundIsSentAgainThenNothingMoreIsRecorded() {
        fixture.given(opened(), firstSale(), refunded("refund-1", SESSION, List.of(LINES.get(0).withQuantity(1))))
                .when(refund("refund-1", ownSale(), new RefundLine("l1", 1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void whenSessionIsClosedThenNoRefund() {
        fixture.given(opened(), firstSale(), closedEvent())
                .when(refund("refund-1", ownSale(), new RefundLine("l1", 1)))
                .expectNoEvents()
                .expectException(violationOf(TillSessionIsOpen.class));
    }

    // --- close

    @Test
    void whenClosedThenExpectedAgainstCountedPerTender() {
        // float 10,000 + cash sale 1,150 (2,000 tendered, 850 change) + cashless sale 200
        // − cash void of the basket 550 − cash refund of one tomato 300 = cash 10,300; cashless 200.
        fixture.given(opened(), firstSale(), recorded("sale-2", 2, List.of(line("l1", 1, 200, 8)), cashless(200)),
                        voided("void-1", List.of(LINES.get(1)), Tender.CASH),
                        refunded("refund-1", SESSION, List.of(LINES.get(0).withQuantity(1))))
                .when(new CloseTillSession(SESSION, ORG, Map.of(Tender.CASH, 10_290, Tender.CASHLESS, 200), "佐藤",
                        AT))
                .expectEvents(new TillSessionClosed(SESSION, ORG, POINT, TILL, DAY, List.of(
                        new TenderCount(Tender.CASH, 10_300, 10_290, -10),
                        new TenderCount(Tender.CASHLESS, 200, 200, 0)), "佐藤", AT));
    }

    @Test
    void whenCashlessIsNotCountedThenItCountsAsZero() {
        fixture.given(opened(), recorded("sale-1", 1, List.of(line("l1", 1, 200, 8)), cashless(200)))
                .when(new CloseTillSession(SESSION, ORG, Map.of(Tender.CASH, 10_000), "佐藤", AT))
                .expectEvents(new TillSessionClosed(SESSION, ORG, POINT, TILL, DAY, List.of(
                        new TenderCount(Tender.CASH, 10_000, 10_000, 0),
                        new TenderCount(Tender.CASHLESS, 200, 0, -200)), "佐藤", AT));
    }

    @Test
    void whenClosedTwiceThenRefused() {
        fixture.given(opened(), closedEvent())
                .when(new CloseTillSession(SESSION, ORG, Map.of(Tender.CASH, 10_000), "佐藤", AT))
                .expectNoEvents()
                .expectException(violationOf(TillSessionIsOpen.class));
    }

    @Test
    void whenCashIsNotCountedOrACountIsNegativeThenRefused() {
        fixture.given(opened())
                .when(new CloseTillSession(SESSION, ORG, Map.of(Tender.CASHLESS, 0), "佐藤", AT))
                .expectNoEvents()
                .expectException(violationOf(CountedMoneyIsGiven.class));
        fixture.given(opened())
                .when(new CloseTillSession(SESSION, ORG, Map.of(Tender.CASH, -1), "佐藤", AT))
                .expectNoEvents()
                .expectException(violationOf(CountedMoneyIsGiven.class));
        fixture.given(opened())
                .when(new CloseTillSession(SESSION, ORG, Map.of(Tender.CASH, 0, Tender.CASHLESS, -5), "佐藤", AT))
                .expectNoEvents()
                .expectException(violationOf(CountedMoneyIsGiven.class));
    }

    @Test
    void whenClosedByNobodyThenRefused() {
        fixture.given(opened())
                .when(new CloseTillSession(SESSION, ORG, Map.of(Tender.CASH, 10_000), "", AT))
                .expectNoEvents()
                .expectException(violationOf(ActedByNamedPerson.class));
    }

    @Test
    void whenAnotherOrganizationClosesThenRefused() {
        fixture.given(opened())
                .when(new CloseTillSession(SESSION, "oto", Map.of(Tender.CASH, 10_000), "x", AT))
                .expectNoEvents()
                .expectException(violationOf(BelongsToOrganization.class));
    }
}
