package jp.yui.app.market;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import jp.yui.app.market.usecase.Tills;
import jp.yui.app.web.Identifiers;
import jp.yui.app.web.NotFound;
import jp.yui.domain.market.api.Payment;
import jp.yui.domain.market.api.RefundLine;
import jp.yui.domain.market.api.Tender;
import jp.yui.domain.market.query.TillSessionView;

/**
 * レジ: a till's day over the API, as the till page sends it. Amounts are integer yen (a fraction is refused, not
 * rounded). Sales, voids and refunds carry ids made on the till; sent again after a lost connection they are
 * answered as the first time and recorded once. Times are the till's (when it happened).
 *
 * <p>A line's tax rate is normally the product's for the way it is sold: {@code eatIn} makes food 10 %. A line may
 * state {@code taxRate} instead; only 8 and 10 are accepted (422 {@code TaxRateIsEightOrTen} otherwise).
 */
@RestController
@RequestMapping("/api/orgs/{org}/market/till-sessions")
class TillsController {

    record OpenRequest(@NotNull @Pattern(regexp = Identifiers.SALES_POINT_ID) String salesPointId,
                       @NotNull @Pattern(regexp = Identifiers.TILL_ID) String tillId,
                       @NotNull LocalDate businessDate, @Min(0) @Max(10_000_000) int floatYen,
                       @Size(max = 100) String openedBy, LocalDateTime at) {
    }

    record LineRequest(@NotNull @Pattern(regexp = Identifiers.SALE_LINE_ID) String lineId,
                       @NotNull @Pattern(regexp = Identifiers.PRODUCT_ID) String productId,
                       @Positive @Max(10_000) int quantity, @Min(0) @Max(1_000_000) int unitPriceYen,
                       boolean eatIn, Integer taxRate) {
    }

    record PaymentRequest(@NotNull Tender tender, @Min(0) @Max(10_000_000) int amountYen,
                          @Min(0) @Max(10_000_000) Integer tenderedYen) {
    }

    record SaleRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String saleId,
                       @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid LineRequest> lines,
                       @NotNull @Size(min = 1, max = 5) List<@NotNull @Valid PaymentRequest> payments,
                       @NotNull LocalDateTime at) {
    }

    record VoidRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String voidId,
                       @NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String saleId,
                       @Size(max = 100) List<@NotNull @Pattern(regexp = Identifiers.SALE_LINE_ID) String> lineIds,
                       @NotNull Tender tender, @NotBlank @Size(max = 200) String reason, @NotNull LocalDateTime at) {
    }

    record RefundLineRequest(@NotNull @Pattern(regexp = Identifiers.SALE_LINE_ID) String lineId,
                             @Positive @Max(10_000) int quantity) {
    }

    record RefundRequest(@NotNull @Pattern(regexp = Identifiers.CLIENT_ACTION_ID) String refundId,
                         @NotNull @Pattern(regexp = Identifiers.RECEIPT_NUMBER) String receiptNumber,
                         @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid RefundLineRequest> lines,
                         @NotNull Tender tender, @NotBlank @Size(max = 200) String reason,
                         @NotNull LocalDateTime at) {
    }

    record CloseRequest(@NotNull @Size(min = 1, max = 2) Map<@NotNull Tender, @NotNull @Min(0) @Max(100_000_000) Integer> counted,
                        @Size(max = 100) String closedBy, LocalDateTime at) {
    }

    private final Tills tills;
    private final Clock clock;

    TillsController(Tills tills, Clock clock) {
        this.tills = tills;
        this.clock = clock;
    }

    private static String named(String given, Principal login) {
        return given == null || given.isBlank() ? login.getName() : given;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> open(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                             @Valid @RequestBody OpenRequest r, Principal by) {
        return Map.of("sessionId", tills.open(org, r.salesPointId(), r.tillId(), r.businessDate(), r.floatYen(),
                named(r.openedBy(), by), r.at() == null ? LocalDateTime.now(clock) : r.at()));
    }

    @GetMapping("/{sessionId}")
    TillSessionView session(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                            @PathVariable @Pattern(regexp = Identifiers.TILL_SESSION_ID) String sessionId) {
        return tills.session(org, sessionId).orElseThrow(NotFound::new);
    }

    /** 会計: answered with the receipt (number, tax per rate, change). */
    @PostMapping("/{sessionId}/sales")
    Tills.Receipt sell(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                       @PathVariable @Pattern(regexp = Identifiers.TILL_SESSION_ID) String sessionId,
                       @Valid @RequestBody SaleRequest r, Principal by) {
        List<Tills.LineRequest> lines = r.lines().stream().map(l -> new Tills.LineRequest(l.lineId(), l.productId(),
                l.quantity(), l.unitPriceYen(), l.eatIn(), l.taxRate())).toList();
        List<Payment> payments = r.payments().stream().map(p -> new Payment(p.tender(), p.amountYen(),
                p.tenderedYen() == null ? p.amountYen() : p.tenderedYen())).toList();
        return tills.sell(org, sessionId, new Tills.Sale(r.saleId(), lines, payments, r.at()), by.getName());
    }

    /** 取消 of lines of a sale of this session (no {@code lineIds}: every line not yet voided). */
    @PostMapping("/{sessionId}/voids")
    Map<String, String> voidSale(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                 @PathVariable @Pattern(regexp = Identifiers.TILL_SESSION_ID) String sessionId,
                                 @Valid @RequestBody VoidRequest r, Principal by) {
        tills.voidSale(org, sessionId, new Tills.Void(r.voidId(), r.saleId(),
                r.lineIds() == null ? List.of() : r.lineIds(), r.tender(), r.reason(), r.at()), by.getName());
        return Map.of("voidId", r.voidId(), "status", "recorded");
    }

    /** 返品: lines of an earlier sale, found by its receipt number, paid back from this till. */
    @PostMapping("/{sessionId}/refunds")
    Map<String, String> refund(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.TILL_SESSION_ID) String sessionId,
                               @Valid @RequestBody RefundRequest r, Principal by) {
        tills.refund(org, sessionId, new Tills.Refund(r.refundId(), r.receiptNumber(), r.lines().stream()
                .map(l -> new RefundLine(l.lineId(), l.quantity())).toList(), r.tender(), r.reason(), r.at()),
                by.getName());
        return Map.of("refundId", r.refundId(), "status", "recorded");
    }

    /** レジ締め: answered with the session closed, expected against counted per tender. */
    @PostMapping("/{sessionId}/close")
    TillSessionView close(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                          @PathVariable @Pattern(regexp = Identifiers.TILL_SESSION_ID) String sessionId,
                          @Valid @RequestBody CloseRequest r, Principal by) {
        return tills.close(org, sessionId, r.counted(), named(r.closedBy(), by),
                r.at() == null ? LocalDateTime.now(clock) : r.at());
    }
}
