package jp.yui.domain.residents.api;

import java.time.LocalDate;

/**
 * A resident was registered. {@code birthYearMonth} (first of the month) and {@code district} feed the anonymous
 * figures by age band and district; the personal details are in {@link ResidentDetails}.
 */
public record ResidentRegistered(
        String residentId,
        String organizationId,
        String memberNumber,
        ResidentDetails details,
        LocalDate birthYearMonth,
        String district,
        String recordedBy) {
}
