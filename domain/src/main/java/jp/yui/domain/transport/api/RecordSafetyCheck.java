package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 安全運転のための確認 before a duty (道路運送法施行規則 51条の22 ①): alcohol (with a detector), illness, fatigue,
 * the instructions given, and who checked. {@code actionId} is made by the driver's phone, so a retry after a lost
 * connection records nothing twice.
 */
public record RecordSafetyCheck(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String actionId,
        String driverId,
        boolean alcoholDetectorUsed,
        boolean alcoholDetected,
        boolean ill,
        boolean fatigued,
        String instructions,
        String checkedBy,
        LocalDateTime checkedAt) {
}
