package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a ride someone asked for that no run could give (未充足の需要): no service that day, outside the area, too
 * far. {@code serviceId} and {@code residentId} may be empty when the caller was not a member or no service fits.
 */
public record RecordUnmetNeed(
        @TargetAggregateIdentifier String needId,
        String organizationId,
        String serviceId,
        String residentId,
        String operator,
        LocalDate wantedDate,
        TripPurpose purpose,
        TurnDownReason reason,
        String note,
        LocalDateTime at) {
}
