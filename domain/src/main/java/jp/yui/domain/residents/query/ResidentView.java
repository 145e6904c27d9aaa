package jp.yui.domain.residents.query;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jp.yui.domain.residents.api.ConsentKind;
import jp.yui.domain.residents.api.ResidentDetails;

/**
 * A resident as the operator's directory sees it, with the keys the directory is searched by: phone numbers as
 * digits and the kana reading as hiragana without spaces.
 */
public record ResidentView(String residentId, String organizationId, String memberNumber, ResidentDetails details,
                           LocalDate birthYearMonth, String district, List<Consent> consents, List<String> phoneKeys,
                           String kanaKey) {

    public record Consent(ConsentKind kind, boolean given, LocalDate date, String recordedBy) {
    }

    public ResidentView {
        consents = consents == null ? List.of() : List.copyOf(consents);
        phoneKeys = phoneKeys == null ? List.of() : List.copyOf(phoneKeys);
    }

    static ResidentView of(String residentId, String organizationId, String memberNumber, ResidentDetails details,
                           LocalDate birthYearMonth, String district, List<Consent> consents) {
        return new ResidentView(residentId, organizationId, memberNumber, details, birthYearMonth, district, consents,
                details.phones().stream().map(Kana::phoneKey).toList(), Kana.searchKey(details.kana()));
    }

    ResidentView withDetails(ResidentDetails newDetails) {
        return of(residentId, organizationId, memberNumber, newDetails, birthYearMonth, district, consents);
    }

    ResidentView withConsent(Consent consent) {
        return of(residentId, organizationId, memberNumber, details, birthYearMonth, district,
                Stream.concat(consents.stream().filter(c -> c.kind() != consent.kind()), Stream.of(consent)).toList());
    }

    public boolean hasConsent(ConsentKind kind) {
        return consents.stream().anyMatch(c -> c.kind() == kind && c.given());
    }

    /** True when one of the resident's numbers is this one, however it was written. */
    public boolean hasPhone(String phone) {
        String key = Kana.phoneKey(phone);
        return !key.isEmpty() && phoneKeys.contains(key);
    }

    /** True when the kana reading starts with this kana, in any script or width. */
    public boolean kanaStartsWith(String kana) {
        String key = Kana.searchKey(kana);
        return !key.isEmpty() && kanaKey.startsWith(key);
    }
}
