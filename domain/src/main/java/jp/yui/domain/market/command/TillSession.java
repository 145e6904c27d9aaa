package jp.yui.domain.market.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

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
import jp.yui.domain.shared.Ids;

/**
 * レジ: one till on one business day, from the float to the close. It is the boundary of what the drawer should hold:
 * sales, voids and refunds are its own facts, each with an id made on the tablet; an id already recorded is accepted
 * again without a new event (a sale answers its receipt number again), so a tablet that retries after a lost
 * connection never records twice. The answer to a retry does not depend on whether the session has closed since.
 *
 * <p>Receipt numbers: {@code yyyyMMdd-<till>-<n>}, the business day, the first 8 characters of the till id's uuid
 * and the sale's sequence in the session from 1, e.g. {@code 20250601-3f2a9c1b-1}: unique in the organization,
 * readable aloud for a refund.
 *
 * <p>The close expects in cash the float plus the cash applied to sales (the change already given back) less cash
 * paid back for voids and refunds; in cashless the cashless payments less cashless voids and refunds. Opening a
 * session that is already open (or closed) records nothing.
 */
public class TillSession {

    public static final String ID_TYPE = "TillSession";
    /** The type of a till's id, {@code Till:…}. */
    public static final String TILL_ID_TYPE = "Till";

    private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @AggregateIdentifier
    private String sessionId;
    private String organizationId;
    private String salesPointId;
    private SalesPointKind salesPointKind;
    private String tillId;
    private LocalDate businessDate;
    private boolean closed;
    private final Map<String, Sale> sales = new HashMap<>();
    private final Set<String> voids = new HashSet<>();
    private final Set<String> refunds = new HashSet<>();
    /**
     * Refunds recorded here of sales of other sessions, by {@code sessionId/saleId}: the quantities per line of each
     * refund, by refund id.
     */
    private final Map<String, Map<String, Map<String, Integer>>> refundsOfOtherSessions = new HashMap<>();
    private final Map<Tender, Integer> expected = new EnumMap<>(Tender.class);

    /** What the session keeps of a sale: its receipt, its lines, those voided and the quantities refunded. */
    private record Sale(String receiptNumber, Map<String, SaleLine> lines, Set<String> voided,
                        Map<String, Integer> refunded) {
    }

    /** Required by Axon. */
    protected TillSession() {
    }

    /** The session of a till on a business day. */
    public static String idFor(String tillId, LocalDate businessDate) {
        return Ids.derivedId(ID_TYPE, tillId + "/" + businessDate);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenTillSession command) {
        if (sessionId != null) {
            new BelongsToOrganization("till session", organizationId, command.organizationId()).verify();
            return;
        }
        new TillSessionIdMatchesTillAndDay(command.sessionId(), command.tillId(), command.businessDate()).verify();
        new FloatIsNotNegative(command.floatYen()).verify();
        new ActedByNamedPerson(command.openedBy()).verify();
        apply(new TillSessionOpened(command.sessionId(), command.organizationId(), command.salesPointId(),
                command.salesPointKind(), command.tillId(), command.businessDate(), command.floatYen(),
                command.openedBy(), command.at()));
    }

    /** Records a sale; answers its receipt number (the same one for a sale already recorded). */
    @CommandHandler
    public String handle(RecordSale command) {
        belongsTo(command.organizationId());
        Sale recorded = sales.get(command.saleId());
        if (recorded != null) {
            return recorded.receiptNumber();
        }
        new TillSessionIsOpen(closed).verify();
        new SaleHasLines(command.lines()).verify();
        new SaleLinesAreComplete(command.lines()).verify();
        new SaleLineIdsAreUnique(command.lines()).verify();
        new LineQuantityIsPositive(command.lines()).verify();
        new UnitPricesAreNotNegative(command.lines()).verify();
        new TaxRateIsEightOrTen(command.lines()).verify();
        new SaleIsWithinLimit(command.lines()).verify();
        new SaleHasPayments(command.payments()).verify();
        new PaymentAmountsAreNotNegative(command.payments()).verify();
        new TenderedCoversAmount(command.payments()).verify();
        int total = total(command.lines());
        new PaymentsSettleTheTotal(command.payments(), total).verify();
        String receiptNumber = receiptNumber(sales.size() + 1);
        apply(new SaleRecorded(sessionId, organizationId, salesPointId, salesPointKind, tillId, businessDate,
                command.saleId(), receiptNumber, List.copyOf(command.lines()), List.copyOf(command.payments()),
                RateTotal.of(command.lines()), total, command.recordedBy(), command.at()));
        return receiptNumber;
    }

    @CommandHandler
    public void handle(VoidSale command) {
        belongsTo(command.organizationId());
        if (voids.contains(command.voidId())) {
            return;
        }
        new TillSessionIsOpen(closed).verify();
        new ReasonIsGiven(command.reason()).verify();
        new TenderIsGiven(command.tender()).verify();
        Sale sale = sales.get(command.saleId());
        Set<String> lineIds = new LinkedHashSet<>(command.lineIds() == null ? List.of() : command.lineIds());
        new VoidedLineIsKnown(sale == null ? null : sale.lines().keySet(), lineIds).verify();
        if (lineIds.isEmpty()) {
            sale.lines().keySet().stream().filter(id -> !sale.voided().contains(id)).forEach(lineIds::add);
        }
        new LineIsVoidedOnce(sale.voided(), lineIds).verify();
        new VoidedLineIsNotRefunded(sale.refunded(), lineIds).verify();
        List<SaleLine> lines = lineIds.stream().map(sale.lines()::get).toList();
        apply(new SaleVoided(sessionId, organizationId, salesPointId, salesPointKind, tillId, businessDate,
                command.voidId(), command.saleId(), sale.receiptNumber(), lines, RateTotal.of(lines), total(lines),
                command.tender(), command.reason(), command.recordedBy(), command.at()));
    }

    /**
     * Pays back lines of a sale. For a sale of this session the session's own record says what was sold, voided and
     * refunded; for a sale of an earlier session {@code command.original()} does (as the read side knows it), and
     * the refunds of that sale recorded in this session that the read side has not counted yet are added
     * ({@link OriginalSale#refundIds()}).
     */
    @CommandHandler
    public void handle(RefundSale command) {
        belongsTo(command.organizationId());
        if (refunds.contains(command.refundId())) {
            return;
        }
        new TillSessionIsOpen(closed).verify();
        new ReasonIsGiven(command.reason()).verify();
        new TenderIsGiven(command.tender()).verify();
        new RefundHasLines(command.lines()).verify();
        List<String> lineIds = command.lines().stream().map(RefundLine::lineId).toList();
        OriginalSale original = command.original();
        Map<String, SaleLine> sold;
        Set<String> voided;
        Map<String, Integer> refundedBefore;
        String receiptNumber;
        if (original != null && sessionId.equals(original.sessionId())) {
            Sale sale = sales.get(original.saleId());
            sold = sale == null ? Map.of() : sale.lines();
            voided = sale == null ? Set.of() : sale.voided();
            refundedBefore = sale == null ? Map.of() : sale.refunded();
            receiptNumber = sale == null ? null : sale.receiptNumber();
        } else {
            sold = new LinkedHashMap<>();
            if (original != null) {
                original.lines().forEach(line -> sold.put(line.lineId(), line));
            }
            voided = original == null ? Set.of() : Set.copyOf(original.voidedLineIds());
            refundedBefore = new HashMap<>(original == null ? Map.of() : original.refundedQuantities());
            if (original != null) {
                refundsOfOtherSessions.getOrDefault(key(original.sessionId(), original.saleId()), Map.of())
                        .forEach((refundId, quantities) -> {
                            if (!original.refundIds().contains(refundId)) {
                                quantities.forEach((line, qty) -> refundedBefore.merge(line, qty, Integer::sum));
                            }
                        });
            }
            receiptNumber = original == null ? null : original.receiptNumber();
        }
        new RefundedLineIsKnown(sold.keySet(), lineIds).verify();
        new RefundedLineIsNotVoided(voided, lineIds).verify();
        Map<String, Integer> soldQuantities = new HashMap<>();
        sold.forEach((id, line) -> soldQuantities.put(id, line.quantity()));
        new RefundDoesNotExceedPaid(soldQuantities, refundedBefore, command.lines()).verify();
        List<SaleLine> lines = command.lines().stream()
                .map(l -> sold.get(l.lineId()).withQuantity(l.quantity())).toList();
        apply(new SaleRefunded(sessionId, organizationId, salesPointId, salesPointKind, tillId, businessDate,
                command.refundId(), original.sessionId(), original.saleId(), receiptNumber, lines,
                RateTotal.of(lines), total(lines), command.tender(), command.reason(), command.recordedBy(),
                command.at()));
    }

    @CommandHandler
    public void handle(CloseTillSession command) {
        belongsTo(command.organizationId());
        new TillSessionIsOpen(closed).verify();
        new ActedByNamedPerson(command.closedBy()).verify();
        new CountedMoneyIsGiven(command.counted()).verify();
        List<TenderCount> tenders = new ArrayList<>();
        for (Tender tender : Tender.values()) {
            int expectedYen = expected.getOrDefault(tender, 0);
            int countedYen = command.counted().getOrDefault(tender, 0);
            tenders.add(new TenderCount(tender, expectedYen, countedYen, countedYen - expectedYen));
        }
        apply(new TillSessionClosed(sessionId, organizationId, salesPointId, tillId, businessDate,
                List.copyOf(tenders), command.closedBy(), command.at()));
    }

    private void belongsTo(String organization) {
        new BelongsToOrganization("till session", organizationId, organization).verify();
    }

    private String receiptNumber(int sequence) {
        String uuid = tillId.substring(tillId.indexOf(':') + 1);
        return businessDate.format(RECEIPT_DAY) + "-" + uuid.substring(0, Math.min(8, uuid.length())) + "-"
                + sequence;
    }

    private static int total(List<SaleLine> lines) {
        return lines.stream().mapToInt(SaleLine::amountYen).sum();
    }

    private static String key(String originalSessionId, String saleId) {
        return originalSessionId + "/" + saleId;
    }

    @EventSourcingHandler
    void on(TillSessionOpened event) {
        sessionId = event.sessionId();
        organizationId = event.organizationId();
        salesPointId = event.salesPointId();
        salesPointKind = event.salesPointKind();
        tillId = event.tillId();
        businessDate = event.businessDate();
        expected.put(Tender.CASH, event.floatYen());
    }

    @EventSourcingHandler
    void on(SaleRecorded event) {
        Map<String, SaleLine> lines = new LinkedHashMap<>();
        event.lines().forEach(line -> lines.put(line.lineId(), line));
        sales.put(event.saleId(), new Sale(event.receiptNumber(), lines, new HashSet<>(), new HashMap<>()));
        for (Payment payment : event.payments()) {
            expected.merge(payment.tender(), payment.amountYen(), Integer::sum);
        }
    }

    @EventSourcingHandler
    void on(SaleVoided event) {
        voids.add(event.voidId());
        Sale sale = sales.get(event.saleId());
        if (sale != null) {
            event.lines().forEach(line -> sale.voided().add(line.lineId()));
        }
        expected.merge(event.tender(), -event.totalYen(), Integer::sum);
    }

    @EventSourcingHandler
    void on(SaleRefunded event) {
        refunds.add(event.refundId());
        Sale sale = sessionId.equals(event.originalSessionId()) ? sales.get(event.originalSaleId()) : null;
        Map<String, Integer> refunded = sale != null ? sale.refunded()
                : refundsOfOtherSessions.computeIfAbsent(key(event.originalSessionId(), event.originalSaleId()),
                        k -> new HashMap<>()).computeIfAbsent(event.refundId(), k -> new HashMap<>());
        event.lines().forEach(line -> refunded.merge(line.lineId(), line.quantity(), Integer::sum));
        expected.merge(event.tender(), -event.totalYen(), Integer::sum);
    }

    @EventSourcingHandler
    void on(TillSessionClosed event) {
        closed = true;
    }
}
