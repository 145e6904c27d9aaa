package jp.yui.app.residents;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

import jp.yui.app.residents.usecase.Residents;
import jp.yui.app.residents.usecase.Residents.ResidentCard;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.residents.api.ConsentKind;
import jp.yui.domain.residents.api.EmergencyContact;
import jp.yui.domain.residents.api.MobilityNeed;
import jp.yui.domain.residents.api.ResidentDetails;

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

    private final Residents residents;

    ResidentsController(Residents residents) {
        this.residents = residents;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResidentCard register(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                          @Valid @RequestBody RegisterRequest request, Principal operator) {
        return residents.register(org, operator.getName(), new Residents.NewResident(request.memberNumber(),
                request.details().toDetails(), request.birthYearMonth(), request.district()));
    }

    /** Search by phone number (any writing) or by the start of the kana reading. */
    @GetMapping
    List<ResidentCard> search(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                              @RequestParam(required = false) @Size(max = 30) String phone,
                              @RequestParam(required = false) @Size(max = 50) String kana) {
        return residents.search(org, phone, kana);
    }

    @GetMapping("/{residentId}")
    ResidentCard get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                     @PathVariable @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId) {
        return residents.card(org, residentId);
    }

    @PutMapping("/{residentId}")
    ResidentCard change(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                        @PathVariable @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                        @Valid @RequestBody Details details, Principal operator) {
        return residents.change(org, operator.getName(), residentId, details.toDetails());
    }

    @PostMapping("/{residentId}/consents")
    ResidentCard consent(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                         @PathVariable @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                         @Valid @RequestBody ConsentRequest request, Principal operator) {
        return residents.consent(org, operator.getName(), residentId, request.kind(), request.given(),
                request.date());
    }

    /**
     * 削除: erases the resident. Their key is destroyed at once, so their details can no longer be read anywhere
     * (API, views, events, backups); bookings and rides stay counted in the figures, without a name.
     */
    @PostMapping("/{residentId}/erase")
    ResidentCard erase(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                       @PathVariable @Pattern(regexp = Identifiers.RESIDENT_ID) String residentId,
                       Principal operator) {
        return residents.erase(org, operator.getName(), residentId);
    }
}
