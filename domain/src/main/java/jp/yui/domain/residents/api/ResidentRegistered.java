package jp.yui.domain.residents.api;

import jp.yui.domain.shared.Sealed;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A resident was registered. {@code birthYearMonth} (first of the month) and {@code district} feed the anonymous
 * figures by age band and district; the personal details ({@link ResidentDetails}) are sealed with the resident's
 * own key.
 */
@Revision("1")
public record ResidentRegistered(
        String residentId,
        String organizationId,
        String memberNumber,
        Sealed details,
        LocalDate birthYearMonth,
        String district,
        String recordedBy) {
}
