package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 申込み, mostly taken by phone at the office ({@code recordedBy} is the operator): a resident ({@code residentId})
 * or a named guest ({@code guest}, sealed), with companions (同伴者, 0 or more) who take places too. The
 * registration id is made by the caller; sent again it records nothing. When the party does not fit (or others are
 * already waiting) it goes on the waitlist if {@code waitlistIfFull}, else it is refused. A guest's age band and
 * district are asked on the phone (may be null).
 */
public record RegisterAttendee(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String registrationId,
        String residentId,
        GuestDetails guest,
        AgeBand guestAgeBand,
        String guestDistrict,
        int companions,
        boolean waitlistIfFull,
        String recordedBy,
        Instant at) {
}
