package jp.yui.domain.attendance.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The session was closed. {@code noShowRegistrationIds}: the registrations that were registered, not cancelled and
 * not checked in (a check-in undone does not count), derived by the session itself. Nothing is recorded after it.
 */
@Revision("1")
public record SessionClosed(
        String sessionId,
        String organizationId,
        List<String> noShowRegistrationIds,
        String closedBy,
        Instant at) {

    public SessionClosed {
        noShowRegistrationIds = noShowRegistrationIds == null ? List.of() : List.copyOf(noShowRegistrationIds);
    }
}
