package jp.yui.app.residents;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.privacy.AccessAudit;
import jp.yui.app.web.Conflict;
import jp.yui.app.web.Identifiers;
import jp.yui.app.web.NotFound;
import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.residents.api.ChangeResidentDetails;
import jp.yui.domain.residents.api.ConsentKind;
import jp.yui.domain.residents.api.EmergencyContact;
import jp.yui.domain.residents.api.EraseResident;
import jp.yui.domain.residents.api.MobilityNeed;
import jp.yui.domain.residents.api.RecordConsent;
import jp.yui.domain.residents.api.RegisterResident;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.command.Resident;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 利用者・会員: the directory an operator searches when a call comes in, by the caller's phone number or by kana
 * (ひらがな, カタカナ and half-width ｶﾀｶﾅ all match).
 */
@RestController
@RequestMapping("/api/orgs/{org}/residents")
class ResidentsController {

    record Contact(@Size(max = 100) String name, @Size(max = 50) String relation, @Size(max = 20) String phone) {
    }

    record Details(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String kana,
                   @Size(max = 5) List<@Size(max = 20) String> phones, @Size(max = 300) String address,
                   @DecimalMin("20") @DecimalMax("46") Double homeLatitude,
                   @DecimalMin("122") @DecimalMax("154") Double homeLongitude, Set<MobilityNeed> mobilityNeeds,
                   @Valid Contact emergencyContact, @Size(max = 2000) String notes) {
        ResidentDetails toDetails() {
            return new ResidentDetails(name, kana, phones, address, homeLatitude, homeLongitude, mobilityNeeds,
                    emergencyContact == null ? null : new EmergencyContact(emergencyContact.name(),
                            emergencyContact.relation(), emergencyContact.phone()), notes);
        }
    }

    record RegisterRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,20}") String memberNumber,
                           @NotNull @Valid Details details, LocalDate birthYearMonth, @Size(max = 50) String district) {
    }

    record ConsentRequest(@NotNull ConsentKind kind, boolean given, @NotNull LocalDate date) {
    }

    /** A resident as the API shows them: the details opened, or none once the resident is erased. */
    record ResidentResponse(String residentId, String organizationId, String memberNumber, ResidentDetails details,
                            LocalDate birthYearMonth, String district, List<ResidentView.Consent> consents,
                            boolean erased) {
    }

    private final CommandGateway commands;
    private final ViewStore<ResidentView> residents;
    private final PersonalDataVault vault;
    private final AccessAudit audit;
    private final DirectorySearchKeys searchKeys;

    ResidentsController(CommandGateway commands, ViewStore<ResidentView> residents, PersonalDataVault vault,
                        AccessAudit audit, DirectorySearchKeys searchKeys) {
        this.commands = commands;
        this.residents = residents;
        this.vault = vault;
        this.audit = audit;
        this.searchKeys = searchKeys;
    }

    private ResidentResponse show(ResidentView view) {
        ResidentDetails details = view.erased() ? null
                : vault.openNullable(view.details(), ResidentDetails.class).orElse(null);
        return new ResidentResponse(view.residentId(), view.organizationId(), view.memberNumber(), details,
                view.birthYearMonth(), view.district(), view.consents(), view.erased() || details == null);
    }

    private ResidentResponse shown(String org, ResidentView view) {
        audit.read(org, "resident", List.of(view.residentId()));
        return show(view);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResidentResponse register(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                          @Valid @RequestBody RegisterRequest request, Principal operator) {
        if (!residents.findBy(org, ResidentView.BY_MEMBER_NUMBER.name(), request.memberNumber()).isEmpty()) {
            throw new Conflict("member-number-taken");
        }
        String id = Ids.newId(Resident.ID_TYPE);
        LocalDate birth = request.birthYearMonth() == null ? null : request.birthYearMonth().withDayOfMonth(1);
        commands.sendAndWait(new RegisterResident(id, org, request.memberNumber(), request.details().toDetails(),
                birth, request.district(), operator.getName()));
        return shown(org, Views.awaitPresent(() -> residents.find(id)).orElseThrow(() -> new StoredNotYetVisible(id)));
    }

    /** Search by phone number (any writing) or by the start of the kana reading. */
    @GetMapping
    List<ResidentResponse> search(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                  @RequestParam(required = false) @Size(max = 30) String phone,
                                  @RequestParam(required = false) @Size(max = 50) String kana) {
        List<ResidentView> candidates;
        if (phone != null) {
            String key = searchKeys.phone(org, phone);
            candidates = key == null ? List.of() : residents.findBy(org, "phone", key);
        } else if (kana != null) {
            String key = searchKeys.kanaPrefix(org, kana);
            candidates = key == null ? List.of() : residents.findBy(org, "kana", key);
        } else {
            candidates = residents.findByOrganization(org); // the directory, first 100
        }
        // The keys find the candidates; their opened details decide (and catch a hash collision).
        List<ResidentResponse> found = candidates.stream()
                .map(this::show)
                .filter(r -> r.details() != null)
                .filter(r -> phone == null || ResidentView.hasPhone(r.details(), phone))
                .filter(r -> kana == null || ResidentView.kanaStartsWith(r.details(), kana))
                .limit(100)
                .toList();
        audit.read(org, "resident-search", found.stream().map(ResidentResponse::residentId).toList());
        return found;
    }

    @GetMapping("/{residentId}")
    ResidentResponse get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                         @PathVariable @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId) {
        return shown(org, resident(org, residentId));
    }

    @PutMapping("/{residentId}")
    ResidentResponse change(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                        @PathVariable @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                        @Valid @RequestBody Details details, Principal operator) {
        ResidentDetails changed = details.toDetails();
        commands.sendAndWait(new ChangeResidentDetails(residentId, org, changed, operator.getName()));
        return shown(org, Views.awaitPresent(() -> residents.find(residentId).filter(r -> r.details() != null
                && vault.open(r.details(), ResidentDetails.class).filter(changed::equals).isPresent()))
                .orElseThrow(() -> new StoredNotYetVisible(residentId)));
    }

    @PostMapping("/{residentId}/consents")
    ResidentResponse consent(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                         @PathVariable @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                         @Valid @RequestBody ConsentRequest request, Principal operator) {
        commands.sendAndWait(new RecordConsent(residentId, org, request.kind(), request.given(), request.date(),
                operator.getName()));
        return Views.awaitPresent(() -> residents.find(residentId).filter(r -> r.consents().stream()
                .anyMatch(c -> c.kind() == request.kind() && c.given() == request.given()
                        && c.date().equals(request.date())))).map(this::show)
                .orElseThrow(() -> new StoredNotYetVisible(residentId));
    }

    /**
     * 削除: erases the resident. Their key is destroyed at once, so their details can no longer be read anywhere
     * (API, views, events, backups); bookings and rides stay counted in the figures, without a name.
     */
    @PostMapping("/{residentId}/erase")
    ResidentResponse erase(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                           @PathVariable @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                           Principal operator) {
        resident(org, residentId);
        commands.sendAndWait(new EraseResident(residentId, org, operator.getName()));
        vault.erase(residentId);
        return Views.awaitPresent(() -> residents.find(residentId).filter(ResidentView::erased)).map(this::show)
                .orElseThrow(() -> new StoredNotYetVisible(residentId));
    }

    private ResidentView resident(String org, String residentId) {
        return residents.find(residentId).filter(r -> r.organizationId().equals(org)).orElseThrow(NotFound::new);
    }
}
