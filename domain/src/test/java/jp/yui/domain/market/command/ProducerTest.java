package jp.yui.domain.market.command;

import static jp.yui.domain.shared.RuleViolationMatcher.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import jp.yui.domain.market.api.BankAccount;
import jp.yui.domain.market.api.ChangeProducerDetails;
import jp.yui.domain.market.api.ChangeProducerTerms;
import jp.yui.domain.market.api.CommissionFigures;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.EraseProducer;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.InvoiceRegistration;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.api.ProducerDetailsChanged;
import jp.yui.domain.market.api.ProducerErased;
import jp.yui.domain.market.api.ProducerRegistered;
import jp.yui.domain.market.api.ProducerSettled;
import jp.yui.domain.market.api.ProducerTermsChanged;
import jp.yui.domain.market.api.RateFigures;
import jp.yui.domain.market.api.RegisterProducer;
import jp.yui.domain.market.api.SettleProducer;
import jp.yui.domain.market.api.SettlementFigures;
import jp.yui.domain.market.api.SettlementItem;
import jp.yui.domain.market.api.SettlementItemKind;
import jp.yui.domain.shared.BelongsToOrganization;
import jp.yui.domain.shared.ClearVault;

/** A producer: registration, terms, settlements (each item once, periods in a row) and erasure. */
class ProducerTest {

    static final String ORG = "minato";
    static final String ID = "Producer:p1";
    /** Toyota's corporate number with its check digit 1: a valid registration number. */
    static final String VALID_NUMBER = "T1180301018771";
    static final InvoiceRegistration INVOICE = new InvoiceRegistration(VALID_NUMBER, LocalDate.of(2023, 10, 1), null);
    static final CommissionTerms TERMS = new CommissionTerms(1500, Map.of("加工品", 2000));
    static final ProducerDetails DETAILS = new ProducerDetails("湊 一郎", "ミナト イチロウ", "090-1111-2222",
            "湊町 1", new BankAccount("会津銀行", "湊支店", "普通", "1234567", "ミナト イチロウ"));
    static final LocalDateTime AT = LocalDateTime.of(2025, 7, 5, 10, 0);
    static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
    static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    static final LocalDate JULY_31 = LocalDate.of(2025, 7, 31);

    /** A clock the tests set, as the erasure's today. */
    static final class SettableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SettableClock clock = new SettableClock();
    private final AggregateTestFixture<Producer> fixture = new AggregateTestFixture<>(Producer.class);

    {
        fixture.registerInjectableResource(ClearVault.INSTANCE);
        fixture.registerInjectableResource(clock);
    }

    static ProducerRegistered registered() {
        return registered(INVOICE);
    }

    static ProducerRegistered registered(InvoiceRegistration invoice) {
        return new ProducerRegistered(ID, ORG, "P-001", ClearVault.INSTANCE.seal(ID, DETAILS), TERMS, invoice,
                "office1");
    }

    static RegisterProducer register(ProducerDetails details, CommissionTerms terms, InvoiceRegistration invoice) {
        return new RegisterProducer(ID, ORG, "P-001", details, terms, invoice, "office1");
    }

    static SettlementItem item(String id, SettlementItemKind kind, LocalDate day, int amount) {
        return new SettlementItem(id, kind, "TillSession:1", "r-1", day, "Product:1", "トマト", "野菜", 8, 1, amount);
    }

    static final SettlementItem JUNE_SALE = item("sale-1/l1", SettlementItemKind.SALE, JUNE_1.plusDays(9), 1000);
    static final SettlementItem JULY_SALE = item("sale-9/l1", SettlementItemKind.SALE, JULY_1.plusDays(2), 500);
    /** A refund of the June sale, dated in June, recorded after June was settled. */
    static final SettlementItem LATE_REFUND = item("refund-1/l1", SettlementItemKind.REFUND, JUNE_30, -1000);

    static SettleProducer settle(String settlementId, LocalDate from, LocalDate to, List<SettlementItem> items,
                                 List<Fee> fees) {
        return new SettleProducer(ID, ORG, settlementId, from, to, items, fees, "office1", AT);
    }

    static ProducerSettled settled(String settlementId, LocalDate from, LocalDate to, String invoiceNumber,
                                   List<SettlementItem> items, List<Fee> fees) {
        return new ProducerSettled(ID, ORG, "P-001", settlementId, from, to, invoiceNumber, TERMS, items, fees,
                SettlementCalculation.figures(items, TERMS, fees), "office1", AT);
    }

    static final ProducerSettled JUNE = settled("june", JUNE_1, JUNE_30, VALID_NUMBER, List.of(JUNE_SALE), List.of());

    // --- registration and changes

    @Test
    void whenProducerIsRegisteredThenRegisteredWithDetailsSealed() {
        fixture.givenNoPriorActivity()
                .when(register(DETAILS, TERMS, INVOICE))
                .expectEvents(registered());
    }

    @Test
    void whenProducerWithoutInvoiceRegistrationOrBankIsRegisteredThenRegistered() {
        ProducerDetails noBank = new ProducerDetails("湊 一郎", "ミナト イチロウ", null, null, null);
        fixture.givenNoPriorActivity()
                .when(register(noBank, TERMS, null))
                .expectEvents(new ProducerRegistered(ID, ORG, "P-001", ClearVault.INSTANCE.seal(ID, noBank), TERMS,
                        null, "office1"));
    }

    @Test
    void whenNameOrKanaIsMissingThenRefused() {
        fixture.givenNoPriorActivity()
                .when(register(new ProducerDetails("湊 一郎", " ", null, null, null), TERMS, null))
                .expectNoEvents()
                .expectException(violationOf(ProducerDetailsAreComplete.class));
        fixture.givenNoPriorActivity()
                .when(register(new ProducerDetails(null, "ミナト", null, null, null), TERMS, null))
                .expectNoEvents()
                .expectException(violationOf(ProducerDetailsAreComplete.class));
    }

    @Test
    void whenProducerNumberIsMissingThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProducer(ID, ORG, "", DETAILS, TERMS, null, "office1"))
                .expectNoEvents()
                .expectException(violationOf(ProducerHasNumber.class));
    }

    @Test
    void invoiceNumberCheckDigit() {
        assertThat(InvoiceNumberIsValid.isValid("T1180301018771")).isTrue();  // トヨタ自動車
        assertThat(InvoiceNumberIsValid.isValid("T7000012050002")).isTrue();  // 国税庁
        assertThat(InvoiceNumberIsValid.isValid("T2180301018771")).isFalse(); // wrong check digit
        assertThat(InvoiceNumberIsValid.isValid("T1180301018772")).isFalse(); // a digit mistyped
        assertThat(InvoiceNumberIsValid.isValid("1180301018771")).isFalse();  // no T
        assertThat(InvoiceNumberIsValid.isValid("T118030101877")).isFalse();  // 12 digits
        assertThat(InvoiceNumberIsValid.isValid("T11803010187710")).isFalse(); // 14 digits
        assertThat(InvoiceNumberIsValid.isValid("T118030101877A")).isFalse();
    }

    @Test
    void whenInvoiceNumberHasAWrongCheckDigitThenRefused() {
        fixture.givenNoPriorActivity()
                .when(register(DETAILS, TERMS, new InvoiceRegistration("T2180301018771", INVOICE.validFrom(), null)))
                .expectNoEvents()
                .expectException(violationOf(InvoiceNumberIsValid.class));
    }

    @Test
    void whenInvoiceRegistrationHasNoStartThenRefused() {
        fixture.givenNoPriorActivity()
                .when(register(DETAILS, TERMS, new InvoiceRegistration(VALID_NUMBER, null, null)))
                .expectNoEvents()
                .expectException(violationOf(InvoiceNumberIsValid.class));
    }

    @Test
    void whenInvoiceRegistrationEndsBeforeItBeginsThenRefused() {
        fixture.givenNoPriorActivity()
                .when(register(DETAILS, TERMS, new InvoiceRegistration(VALID_NUMBER, LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 3, 31))))
                .expectNoEvents()
                .expectException(violationOf(InvoiceRegistrationPeriodIsOrdered.class));
    }

    @Test
    void whenCommissionIsOutOfRangeOrItsGroupUnnamedThenRefused() {
        for (CommissionTerms terms : List.of(new CommissionTerms(10_001, Map.of()), new CommissionTerms(-1, Map.of()),
                new CommissionTerms(1500, Map.of("加工品", 10_001)), new CommissionTerms(1500, Map.of(" ", 2000)))) {
            fixture.givenNoPriorActivity()
                    .when(register(DETAILS, terms, null))
                    .expectNoEvents()
                    .expectException(violationOf(CommissionTermsAreValid.class));
        }
        fixture.givenNoPriorActivity()
                .when(register(DETAILS, null, null))
                .expectNoEvents()
                .expectException(violationOf(CommissionTermsAreValid.class));
    }

    @Test
    void whenCommissionIsZeroOrAllThenRegistered() {
        CommissionTerms edges = new CommissionTerms(0, Map.of("加工品", 10_000));
        fixture.givenNoPriorActivity()
                .when(register(DETAILS, edges, null))
                .expectEvents(new ProducerRegistered(ID, ORG, "P-001", ClearVault.INSTANCE.seal(ID, DETAILS), edges,
                        null, "office1"));
    }

    @Test
    void whenDetailsChangeThenChangedSealed() {
        ProducerDetails moved = new ProducerDetails("湊 一郎", "ミナト イチロウ", "090-3333-4444", "湊町 2", null);
        fixture.given(registered())
                .when(new ChangeProducerDetails(ID, ORG, moved, "office1"))
                .expectEvents(new ProducerDetailsChanged(ID, ORG, ClearVault.INSTANCE.seal(ID, moved), "office1"));
    }

    @Test
    void whenTermsChangeThenChanged() {
        CommissionTerms higher = new CommissionTerms(1800, Map.of());
        InvoiceRegistration ended = new InvoiceRegistration(VALID_NUMBER, INVOICE.validFrom(), JUNE_30);
        fixture.given(registered())
                .when(new ChangeProducerTerms(ID, ORG, higher, ended, "office1"))
                .expectEvents(new ProducerTermsChanged(ID, ORG, higher, ended, "office1"));
        fixture.given(registered())
                .when(new ChangeProducerTerms(ID, ORG, higher, new InvoiceRegistration("T1180301018772",
                        INVOICE.validFrom(), null), "office1"))
                .expectNoEvents()
                .expectException(violationOf(InvoiceNumberIsValid.class));
    }

    @Test
    void whenAnotherOrganizationChangesTheProducerThenRefused() {
        fixture.given(registered())
                .when(new ChangeProducerDetails(ID, "oto", DETAILS, "x"))
                .expectNoEvents()
                .expectException(violationOf(BelongsToOrganization.class));
        fixture.given(registered())
                .when(new SettleProducer(ID, "oto", "june", JUNE_1, JUNE_30, List.of(JUNE_SALE), List.of(), "x", AT))
                .expectNoEvents()
                .expectException(violationOf(BelongsToOrganization.class));
    }

    // --- settlements

    @Test
    void whenFirstPeriodIsSettledThenSettledWithFiguresTermsAndInvoiceNumber() {
        List<Fee> fees = List.of(new Fee("袋代", 110));
        fixture.given(registered())
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE), fees))
                .expectEvents(settled("june", JUNE_1, JUNE_30, VALID_NUMBER, List.of(JUNE_SALE), fees))
                .expectResultMessagePayload("june");
    }

    @Test
    void whenInvoiceRegistrationDoesNotHoldOnThePeriodsLastDayThenTheStatementHasNoNumber() {
        InvoiceRegistration endedInMay = new InvoiceRegistration(VALID_NUMBER, INVOICE.validFrom(),
                LocalDate.of(2025, 5, 31));
        fixture.given(registered(endedInMay))
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE), List.of()))
                .expectEvents(settled("june", JUNE_1, JUNE_30, null, List.of(JUNE_SALE), List.of()));
        InvoiceRegistration fromJuly = new InvoiceRegistration(VALID_NUMBER, JULY_1, null);
        fixture.given(registered(fromJuly))
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE), List.of()))
                .expectEvents(settled("june", JUNE_1, JUNE_30, null, List.of(JUNE_SALE), List.of()));
        InvoiceRegistration endsOnTheLastDay = new InvoiceRegistration(VALID_NUMBER, INVOICE.validFrom(), JUNE_30);
        fixture.given(registered(endsOnTheLastDay))
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE), List.of()))
                .expectEvents(settled("june", JUNE_1, JUNE_30, VALID_NUMBER, List.of(JUNE_SALE), List.of()));
    }

    @Test
    void whenTermsChangedTheSettlementUsesTheNewOnes() {
        CommissionTerms higher = new CommissionTerms(1800, Map.of());
        List<SettlementItem> items = List.of(JUNE_SALE);
        fixture.given(registered(), new ProducerTermsChanged(ID, ORG, higher, null, "office1"))
                .when(settle("june", JUNE_1, JUNE_30, items, List.of()))
                .expectEvents(new ProducerSettled(ID, ORG, "P-001", "june", JUNE_1, JUNE_30, null, higher, items,
                        List.of(), SettlementCalculation.figures(items, higher, List.of()), "office1", AT));
    }

    @Test
    void whenAMonthHadNoSalesThenItIsSettledWithItsFeesAlone() {
        List<Fee> fees = List.of(new Fee("年会費", 3000));
        fixture.given(registered(), JUNE)
                .when(settle("july", JULY_1, JULY_31, List.of(), fees))
                .expectEvents(settled("july", JULY_1, JULY_31, VALID_NUMBER, List.of(), fees));
    }

    @Test
    void whenSameSettlementIsSentAgainThenNothingIsSettledTwice() {
        fixture.given(registered(), JUNE)
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE), List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload("june");
    }

    @Test
    void whenAnItemSettledInOnePeriodIsOfferedInTheNextThenRefused() {
        fixture.given(registered(), JUNE)
                .when(settle("july", JULY_1, JULY_31, List.of(JULY_SALE, JUNE_SALE), List.of()))
                .expectNoEvents()
                .expectException(violationOf(ItemsAreSettledOnce.class));
    }

    @Test
    void whenAnItemIsTwiceInOneSettlementThenRefused() {
        fixture.given(registered())
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE, JUNE_SALE), List.of()))
                .expectNoEvents()
                .expectException(violationOf(ItemsAreSettledOnce.class));
    }

    @Test
    void whenARefundDatedInASettledPeriodComesLaterThenTheNextPeriodTakesIt() {
        List<SettlementItem> items = List.of(JULY_SALE, LATE_REFUND);
        // Worked by hand: 8 % sales 500, refunds 1,000, net −500, tax floor(−500 × 8 / 108) = floor(−37.04) = −38;
        // commission at the producer's 15 % (野菜 has no rate of its own): floor(−75.0) = −75, its tax
        // floor(−7.5) = −8; payout −500 + 75 + 8 = −417 (June's ¥1,000 was paid; July takes the refund back).
        SettlementFigures byHand = new SettlementFigures(List.of(new RateFigures(8, 500, 0, 1000, -500, -38)), -500,
                List.of(new CommissionFigures(null, -500, 1500, -75)), -75, -8, 0, -417);
        fixture.given(registered(), JUNE)
                .when(settle("july", JULY_1, JULY_31, items, List.of()))
                .expectEvents(new ProducerSettled(ID, ORG, "P-001", "july", JULY_1, JULY_31, VALID_NUMBER, TERMS,
                        items, List.of(), byHand, "office1", AT));
    }

    @Test
    void whenAnItemIsDatedAfterThePeriodThenRefused() {
        fixture.given(registered())
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE, JULY_SALE), List.of()))
                .expectNoEvents()
                .expectException(violationOf(SettlementItemsAreInPeriod.class));
    }

    @Test
    void whenThePeriodDoesNotStartTheDayAfterTheLastThenRefused() {
        fixture.given(registered(), JUNE)
                .when(settle("july", JULY_1.plusDays(1), JULY_31, List.of(JULY_SALE), List.of()))
                .expectNoEvents()
                .expectException(violationOf(SettlementPeriodFollowsTheLast.class));
        fixture.given(registered(), JUNE)
                .when(settle("july", JUNE_30, JULY_31, List.of(JULY_SALE), List.of()))
                .expectNoEvents()
                .expectException(violationOf(SettlementPeriodFollowsTheLast.class));
    }

    @Test
    void whenThePeriodEndsBeforeItStartsThenRefused() {
        fixture.given(registered())
                .when(settle("june", JUNE_30, JUNE_1, List.of(), List.of()))
                .expectNoEvents()
                .expectException(violationOf(SettlementPeriodIsOrdered.class));
    }

    @Test
    void whenAnItemsAmountHasTheWrongSignThenRefused() {
        fixture.given(registered())
                .when(settle("june", JUNE_1, JUNE_30, List.of(item("v/l", SettlementItemKind.VOID, JUNE_1, 300)),
                        List.of()))
                .expectNoEvents()
                .expectException(violationOf(SettlementItemsAreWellFormed.class));
        fixture.given(registered())
                .when(settle("june", JUNE_1, JUNE_30, List.of(item("s/l", SettlementItemKind.SALE, JUNE_1, -300)),
                        List.of()))
                .expectNoEvents()
                .expectException(violationOf(SettlementItemsAreWellFormed.class));
        fixture.given(registered())
                .when(settle("june", JUNE_1, JUNE_30, java.util.Arrays.asList(JUNE_SALE, null), List.of()))
                .expectNoEvents()
                .expectException(violationOf(SettlementItemsAreWellFormed.class));
    }

    @Test
    void whenAFeeIsNegativeOrUndescribedThenRefused() {
        fixture.given(registered())
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE), List.of(new Fee("袋代", -1))))
                .expectNoEvents()
                .expectException(violationOf(FeesAreValid.class));
        fixture.given(registered())
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE), List.of(new Fee(" ", 100))))
                .expectNoEvents()
                .expectException(violationOf(FeesAreValid.class));
        fixture.given(registered())
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE), java.util.Arrays.asList((Fee) null)))
                .expectNoEvents()
                .expectException(violationOf(FeesAreValid.class));
    }

    // --- erasure

    static ProducerErased erasedAt(Instant at) {
        return new ProducerErased(ID, ORG, "admin1", at);
    }

    @Test
    void booksAreKeptSevenYearsAfterTheFiscalYearOfThePeriodsEnd() {
        assertThat(SettlementRecordsHaveExpired.keptUntil(LocalDate.of(2025, 3, 31)))
                .isEqualTo(LocalDate.of(2032, 3, 31));
        assertThat(SettlementRecordsHaveExpired.keptUntil(LocalDate.of(2025, 4, 30)))
                .isEqualTo(LocalDate.of(2033, 3, 31));
        assertThat(SettlementRecordsHaveExpired.keptUntil(JUNE_30)).isEqualTo(LocalDate.of(2033, 3, 31));
    }

    @Test
    void whenNeverSettledThenErased() {
        fixture.given(registered())
                .when(new EraseProducer(ID, ORG, "admin1"))
                .expectEvents(erasedAt(clock.now));
    }

    @Test
    void whenASettlementIsWithinTheRetentionPeriodThenErasureIsRefused() {
        // June 2025 is in fiscal 2025 (to 31 March 2026): kept to 31 March 2033, a Japanese day.
        clock.now = Instant.parse("2033-03-31T14:59:59Z"); // 23:59:59 on 31 March in Japan
        fixture.given(registered(), JUNE)
                .when(new EraseProducer(ID, ORG, "admin1"))
                .expectNoEvents()
                .expectException(violationOf(SettlementRecordsHaveExpired.class));
    }

    @Test
    void whenTheRetentionPeriodIsOverThenErased() {
        clock.now = Instant.parse("2033-03-31T15:00:00Z"); // 1 April 2033 in Japan
        fixture.given(registered(), JUNE)
                .when(new EraseProducer(ID, ORG, "admin1"))
                .expectEvents(erasedAt(clock.now));
    }

    @Test
    void whenErasedTwiceThenNothingMore() {
        fixture.given(registered(), erasedAt(clock.now))
                .when(new EraseProducer(ID, ORG, "admin1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void whenErasedThenNoChangeOrNewSettlementButARepeatedOneIsAnswered() {
        ProducerErased erased = erasedAt(Instant.parse("2033-04-02T00:00:00Z"));
        fixture.given(registered(), erased)
                .when(new ChangeProducerDetails(ID, ORG, DETAILS, "office1"))
                .expectNoEvents()
                .expectException(violationOf(ProducerIsNotErased.class));
        fixture.given(registered(), erased)
                .when(new ChangeProducerTerms(ID, ORG, TERMS, null, "office1"))
                .expectNoEvents()
                .expectException(violationOf(ProducerIsNotErased.class));
        fixture.given(registered(), erased)
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE), List.of()))
                .expectNoEvents()
                .expectException(violationOf(ProducerIsNotErased.class));
        fixture.given(registered(), JUNE, erased)
                .when(settle("june", JUNE_1, JUNE_30, List.of(JUNE_SALE), List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
