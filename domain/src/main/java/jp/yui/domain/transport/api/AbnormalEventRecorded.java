package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.serialization.Revision;

/** Something out of the ordinary happened on a duty. */
@Revision("1")
public record AbnormalEventRecorded(
        String runId,
        String organizationId,
        String actionId,
        LocalDateTime at,
        String summary) {
}
