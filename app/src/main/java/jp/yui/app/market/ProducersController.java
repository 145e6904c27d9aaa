package jp.yui.app.market;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
import jakarta.validation.constraints.Size;

import jp.yui.app.market.usecase.Producers;
import jp.yui.app.market.usecase.Settlements;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.market.api.BankAccount;
import jp.yui.domain.market.api.CommissionTerms;
import jp.yui.domain.market.api.Fee;
import jp.yui.domain.market.api.InvoiceRegistration;
import jp.yui.domain.market.api.ProducerDetails;
import jp.yui.domain.market.query.ProducerView;
import jp.yui.domain.market.query.SettlementView;

/**
 * 出荷者 and their settlements (精算). A producer is shown with the personal details opened (gone once erased); this
 * API is for the office (org admins and operators, see OrganizationAccess).
 */
@RestController
@RequestMapping("/api/orgs/{org}/market/producers")
class ProducersController {

    record Bank(@NotBlank @Size(max = 60) String bankName, @NotBlank @Size(max = 60) String branchName,
                @NotBlank @Size(max = 10) String accountType,
                @NotNull @Pattern(regexp = "[0-9]{1,10}") String accountNumber,
                @NotBlank @Size(max = 100) String holderKana) {

        BankAccount toBankAccount() {
            return new BankAccount(bankName, branchName, accountType, accountNumber, holderKana);
        }
    }

    record Details(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String kana,
                   @Size(max = 20) String phone, @Size(max = 300) String address, @Valid Bank bank) {

        ProducerDetails toDetails() {
            return new ProducerDetails(name, kana, phone, address, bank == null ? null : bank.toBankAccount());
        }
    }

    record Commission(@Min(0) @Max(10_000) int basisPoints,
                      @Size(max = 20) Map<@NotBlank @Size(max = 40) String, @NotNull @Min(0) @Max(10_000) Integer>
                              byProductGroup) {

        CommissionTerms toTerms() {
            return new CommissionTerms(basisPoints, byProductGroup);
        }
    }

    /** 登録番号: T and 13 digits (the check digit is the producer's rule to verify). */
    record Invoice(@NotNull @Pattern(regexp = "T[0-9]{13}") String number, @NotNull LocalDate validFrom,
                   LocalDate validTo) {

        InvoiceRegistration toRegistration() {
            return new InvoiceRegistration(number, validFrom, validTo);
        }
    }

    record RegisterRequest(@NotNull @Pattern(regexp = Identifiers.MARKET_CODE) String producerNumber,
                           @NotNull @Valid Details details, @NotNull @Valid Commission commission,
                           @Valid Invoice invoice) {
    }

    record TermsRequest(@NotNull @Valid Commission commission, @Valid Invoice invoice) {
    }

    record FeeRequest(@NotBlank @Size(max = 100) String description, @Min(0) @Max(10_000_000) int amountYen) {
    }

    record SettleRequest(@NotNull LocalDate periodFrom, @NotNull LocalDate periodTo,
                         @Size(max = 20) List<@NotNull @Valid FeeRequest> fees) {
    }

    /** A producer as the office sees them: details opened ({@code null} once erased). */
    record ProducerShown(String producerId, String producerNumber, ProducerDetails details,
                         CommissionTerms commission, InvoiceRegistration invoice, LocalDate settledTo,
                         boolean erased) {
    }

    private final Producers producers;
    private final Settlements settlements;

    ProducersController(Producers producers, Settlements settlements) {
        this.producers = producers;
        this.settlements = settlements;
    }

    private ProducerShown show(ProducerView p) {
        return new ProducerShown(p.producerId(), p.producerNumber(), producers.details(p).orElse(null),
                p.commission(), p.invoice(), p.settledTo(), p.erased());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                 @Valid @RequestBody RegisterRequest r, Principal by) {
        String id = producers.register(org, new Producers.Registration(r.producerNumber(), r.details().toDetails(),
                r.commission().toTerms(), r.invoice() == null ? null : r.invoice().toRegistration()), by.getName());
        return Map.of("producerId", id);
    }

    @GetMapping
    List<ProducerShown> list(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org) {
        return producers.list(org).stream().map(this::show).toList();
    }

    @GetMapping("/{producerId}")
    ProducerShown producer(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                           @PathVariable @Pattern(regexp = Identifiers.PRODUCER_ID) String producerId) {
        return show(producers.find(org, producerId));
    }

    @PutMapping("/{producerId}")
    Map<String, String> changeDetails(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                      @PathVariable @Pattern(regexp = Identifiers.PRODUCER_ID) String producerId,
                                      @Valid @RequestBody Details details, Principal by) {
        producers.changeDetails(org, producerId, details.toDetails(), by.getName());
        return Map.of("producerId", producerId, "status", "changed");
    }

    @PutMapping("/{producerId}/terms")
    Map<String, String> changeTerms(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                    @PathVariable @Pattern(regexp = Identifiers.PRODUCER_ID) String producerId,
                                    @Valid @RequestBody TermsRequest r, Principal by) {
        producers.changeTerms(org, producerId, r.commission().toTerms(),
                r.invoice() == null ? null : r.invoice().toRegistration(), by.getName());
        return Map.of("producerId", producerId, "status", "changed");
    }

    /** 削除: the producer's personal data erased; refused (409) while the books of a settlement still need them. */
    @PostMapping("/{producerId}/erasure")
    Map<String, String> erase(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                              @PathVariable @Pattern(regexp = Identifiers.PRODUCER_ID) String producerId,
                              Principal by) {
        producers.erase(org, producerId, by.getName());
        return Map.of("producerId", producerId, "status", "erased");
    }

    @PostMapping("/{producerId}/settlements")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> settle(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.PRODUCER_ID) String producerId,
                               @Valid @RequestBody SettleRequest r, Principal by) {
        List<Fee> fees = r.fees() == null ? List.of()
                : r.fees().stream().map(f -> new Fee(f.description(), f.amountYen())).toList();
        return Map.of("settlementId", settlements.settle(org, producerId, r.periodFrom(), r.periodTo(), fees,
                by.getName()));
    }

    @GetMapping("/{producerId}/settlements")
    List<SettlementView> settlements(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                     @PathVariable @Pattern(regexp = Identifiers.PRODUCER_ID) String producerId) {
        producers.find(org, producerId);
        return settlements.ofProducer(org, producerId);
    }
}
