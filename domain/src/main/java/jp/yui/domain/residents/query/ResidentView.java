package jp.yui.domain.residents.query;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jp.yui.domain.residents.api.ConsentKind;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.shared.Sealed;
import jp.yui.domain.shared.query.ViewKey;

/**
 * A resident as the operator's directory keeps it: the personal details sealed with the resident's key (opened by
 * the API for those allowed to see them), and what the anonymous figures use (district, birth month) in the clear.
 */
public record ResidentView(String residentId, String organizationId, String memberNumber, Sealed details,
                           LocalDate birthYearMonth, String district, List<Consent> consents, boolean erased) {

    /** A member number belongs to one resident of the organization. */
    public static final ViewKey<ResidentView> BY_MEMBER_NUMBER = ViewKey.of("memberNumber", ResidentView::memberNumber);


    public record Consent(ConsentKind kind, boolean given, LocalDate date, String recordedBy) {
    }

    public ResidentView {
        consents = consents == null ? List.of() : List.copyOf(consents);
    }

    ResidentView withDetails(Sealed newDetails) {
        return new ResidentView(residentId, organizationId, memberNumber, newDetails, birthYearMonth, district,
                consents, erased);
    }

    ResidentView withConsent(Consent consent) {
        return new ResidentView(residentId, organizationId, memberNumber, details, birthYearMonth, district,
                Stream.concat(consents.stream().filter(c -> c.kind() != consent.kind()), Stream.of(consent)).toList(),
                erased);
    }

    ResidentView asErased() {
        return new ResidentView(residentId, organizationId, memberNumber, null, birthYearMonth, district, consents,
                true);
    }

    public boolean hasConsent(ConsentKind kind) {
        return consents.stream().anyMatch(c -> c.kind() == kind && c.given());
    }

    /** True when one of these details' numbers is this one, however it was written. */
    public static boolean hasPhone(ResidentDetails details, String phone) {
        String key = Kana.phoneKey(phone);
        return !key.isEmpty() && details.phones().stream().map(Kana::phoneKey).anyMatch(key::equals);
    }

    /** True when the kana reading starts with this kana, in any script or width. */
    public static boolean kanaStartsWith(ResidentDetails details, String kana) {
        String key = Kana.searchKey(kana);
        return !key.isEmpty() && Kana.searchKey(details.kana()).startsWith(key);
    }
}
