package jp.yui.app.market.usecase;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.Conflict;
import jp.yui.app.web.NotFound;
import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.market.api.CloseTillSession;
import jp.yui.domain.market.api.OpenTillSession;
import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.RateTotal;
import jp.yui.domain.market.api.RecordSale;
import jp.yui.domain.market.api.RefundLine;
import jp.yui.domain.market.api.RefundSale;
import jp.yui.domain.market.api.SaleLine;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.api.VoidSale;
import jp.yui.domain.market.command.TillSession;
import jp.yui.domain.market.query.ProductView;
import jp.yui.domain.market.query.SaleView;
import jp.yui.domain.market.query.SalesPointView;
import jp.yui.domain.market.query.TillSessionView;
import jp.yui.domain.shared.query.ViewStore;

/**
 * レジ: a till's day. Opened with a float at one of the organization's tills, sales (each line's product, producer,
 * group and tax rate taken from the product), voids and refunds with their client ids (sent again, recorded once
 * and answered as the first time), closed with the money counted.
 */
@Service
public class Tills {

    /**
     * A line as the till sends it: the product, how many, the unit price charged and whether it is eaten at the
     * organization's tables (food then 10 %). {@code taxRate}, when given, states the rate instead (8 or 10, as the
     * rules allow; anything else is refused).
     */
    public record LineRequest(String lineId, String productId, int quantity, int unitPriceYen, boolean eatIn,
                              Integer taxRate) {

        public LineRequest(String lineId, String productId, int quantity, int unitPriceYen, boolean eatIn) {
            this(lineId, productId, quantity, unitPriceYen, eatIn, null);
        }
    }

    public record Sale(String saleId, List<LineRequest> lines, List<Payment> payments, LocalDateTime at) {
    }

    /** 領収書: the sale as recorded, with its tax per rate and the change given. */
    public record Receipt(String saleId, String receiptNumber, List<SaleLine> lines, List<Payment> payments,
                          List<RateTotal> rateTotals, int totalYen, int changeYen) {
    }

    public record Void(String voidId, String saleId, List<String> lineIds, Tender tender, String reason,
                       LocalDateTime at) {
    }

    public record Refund(String refundId, String receiptNumber, List<RefundLine> lines, Tender tender, String reason,
                         LocalDateTime at) {
    }

    static final String SESSION_ID_TYPE = TillSession.ID_TYPE;

    private final CommandGateway commands;
    private final ViewStore<SalesPointView> salesPoints;
    private final ViewStore<ProductView> products;
    private final ViewStore<TillSessionView> sessions;
    private final ViewStore<SaleView> sales;

    Tills(CommandGateway commands, ViewStore<SalesPointView> salesPoints, ViewStore<ProductView> products,
          ViewStore<TillSessionView> sessions, ViewStore<SaleView> sales) {
        this.commands = commands;
        this.salesPoints = salesPoints;
        this.products = products;
        this.sessions = sessions;
        this.sales = sales;
    }

    /** The session of a till on a business day: one per till per day ({@link TillSession#idFor}). */
    public static String sessionId(String tillId, LocalDate date) {
        return TillSession.idFor(tillId, date);
    }

    /**
     * Opens the till's session of the day with a float; answers the session's id. The till must be one of the
     * organization's sales point's ({@link NotFound} otherwise, nothing stored). Opening again is answered the same.
     */
    public String open(String org, String salesPointId, String tillId, LocalDate date, int floatYen, String by,
                       LocalDateTime at) {
        SalesPointView point = OfOrganization.find(salesPoints, salesPointId, org, SalesPointView::organizationId,
                p -> p.till(tillId).isPresent()).orElseThrow(NotFound::new);
        String sessionId = sessionId(tillId, date);
        commands.sendAndWait(new OpenTillSession(sessionId, org, point.salesPointId(), point.kind(), tillId, date,
                floatYen, by, at));
        return sessionId;
    }

    public Optional<TillSessionView> session(String org, String sessionId) {
        return sessions.find(sessionId).filter(s -> s.organizationId().equals(org));
    }

    /**
     * Records a sale. Each line's product must be the organization's (422 otherwise); its producer, group and name
     * go onto the line, its rate is the product's for the way it is sold ({@link
     * jp.yui.domain.market.api.TaxCategory#rate}) unless the line states one. Answered from the recorded sale's
     * receipt number, also when the sale was recorded before.
     */
    public Receipt sell(String org, String sessionId, Sale sale, String by) {
        List<SaleLine> lines = new ArrayList<>();
        for (LineRequest line : sale.lines() == null ? List.<LineRequest>of() : sale.lines()) {
            ProductView product = OfOrganization.find(products, line.productId(), org, ProductView::organizationId)
                    .orElseThrow(() -> Conflict.unprocessable("unknown-product"));
            int rate = line.taxRate() != null ? line.taxRate() : product.taxCategory().rate(line.eatIn());
            lines.add(new SaleLine(line.lineId(), product.productId(), product.producerId(), product.productGroup(),
                    product.name(), line.quantity(), line.unitPriceYen(), rate));
        }
        List<Payment> payments = sale.payments() == null ? List.of() : List.copyOf(sale.payments());
        String receiptNumber = commands.sendAndWait(new RecordSale(sessionId, org, sale.saleId(), lines, payments,
                by, sale.at()));
        return new Receipt(sale.saleId(), receiptNumber, List.copyOf(lines), payments, RateTotal.of(lines),
                lines.stream().mapToInt(SaleLine::amountYen).sum(),
                payments.stream().mapToInt(Payment::changeYen).sum());
    }

    public void voidSale(String org, String sessionId, Void v, String by) {
        commands.sendAndWait(new VoidSale(sessionId, org, v.voidId(), v.saleId(), v.lineIds(), v.tender(),
                v.reason(), by, v.at()));
    }

    /**
     * Pays back lines of an earlier sale of the organization, found by its receipt number (422 when there is none),
     * from this session's till.
     */
    /** The shape of the receipt numbers the till sessions give ({@code yyyyMMdd-<till>-<n>}). */
    private static final java.util.regex.Pattern RECEIPT_NUMBER =
            java.util.regex.Pattern.compile("[0-9]{8}-[0-9a-f]{8}-[0-9]{1,6}");

    public void refund(String org, String sessionId, Refund r, String by) {
        // A sale made moments ago may not be in the view yet: a number of the receipts' shape is waited for.
        SaleView original = sale(org, r.receiptNumber())
                .or(() -> r.receiptNumber() != null && RECEIPT_NUMBER.matcher(r.receiptNumber()).matches()
                        ? Views.awaitPresent(() -> sale(org, r.receiptNumber())) : Optional.empty())
                .orElseThrow(() -> Conflict.unprocessable("unknown-receipt"));
        commands.sendAndWait(new RefundSale(sessionId, org, r.refundId(), original.asOriginal(), r.lines(),
                r.tender(), r.reason(), by, r.at()));
    }

    /**
     * Closes the session with the money counted per tender; answers the session as closed, expected against counted
     * (202 with its id if the view has not caught up yet: the close is stored all the same).
     */
    public TillSessionView close(String org, String sessionId, Map<Tender, Integer> counted, String by,
                                 LocalDateTime at) {
        commands.sendAndWait(new CloseTillSession(sessionId, org, counted, by, at));
        return Views.awaitPresent(() -> session(org, sessionId).filter(TillSessionView::closed))
                .orElseThrow(() -> new StoredNotYetVisible(sessionId));
    }

    /** The organization's sale a receipt number names, with its voids and refunds so far: one index lookup. */
    public Optional<SaleView> sale(String org, String receiptNumber) {
        return sales.findBy(org, SaleView.BY_RECEIPT.name(), receiptNumber).stream().findFirst();
    }
}
