package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

/** Something out of the ordinary happened on a duty. */
public record AbnormalEventRecorded(
        String runId,
        String organizationId,
        String actionId,
        LocalDateTime at,
        String summary) {
}
