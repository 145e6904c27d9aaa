package jp.yui.domain.attendance.query;

import java.time.LocalDate;

/**
 * What the attendance figures keep of a resident, from {@code ResidentRegistered}: the birth month and district that
 * give a registered resident's age band and district. Nothing personal.
 */
public record AttendeeResident(String residentId, String organizationId, LocalDate birthYearMonth, String district) {
}
