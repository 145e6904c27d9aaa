package jp.yui.domain.attendance.api;

import java.time.Instant;

import jp.yui.domain.shared.Sealed;
import org.axonframework.serialization.Revision;

/** A registration that did not fit went on the waitlist (キャンセル待ち), behind those already on it. */
@Revision("1")
public record AttendeeWaitlisted(
        String sessionId,
        String organizationId,
        String registrationId,
        String residentId,
        Sealed guest,
        AgeBand guestAgeBand,
        String guestDistrict,
        int companions,
        String recordedBy,
        Instant at) {
}
