package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.axonframework.serialization.Revision;

/** A ride asked for on a run was turned down. */
@Revision("1")
public record RideTurnedDown(
        String requestId,
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        String residentId,
        String operator,
        int passengers,
        boolean wheelchair,
        TurnDownReason reason,
        LocalDateTime at) {
}
