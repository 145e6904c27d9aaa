package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.serialization.Revision;

/** A safety check was recorded; {@code passed} only when a detector was used and nothing was found. */
@Revision("1")
public record SafetyCheckRecorded(
        String runId,
        String organizationId,
        String actionId,
        String driverId,
        boolean alcoholDetectorUsed,
        boolean alcoholDetected,
        boolean ill,
        boolean fatigued,
        String instructions,
        String checkedBy,
        LocalDateTime checkedAt,
        boolean passed) {
}
