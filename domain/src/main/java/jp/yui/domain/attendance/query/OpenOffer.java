package jp.yui.domain.attendance.query;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.yui.domain.shared.query.ViewKey;

/**
 * A place offered to the waitlist (空き案内), kept while it is open so that offers not accepted in time can be found
 * by when they are due, never by reading sessions. Due from {@code dueAt}: the offer's expiry, or a minute after it
 * was first seen when that is later (an offer recorded after its expiry, or seen late by the projection, is due at
 * once but filed where the service has not looked yet). Closed by its acceptance, cancellation, lapse or the
 * session's close; a closed offer has no lookup values, so the lookups find open offers only.
 *
 * <p>The lapsing service looks across organizations, so every offer is kept under the service-wide tag
 * {@link #EVERY_ORGANIZATION}; {@link #organizationId()} is the session's organization.
 */
public record OpenOffer(String sessionId, String organizationId, String registrationId, Instant expiresAt,
                        Instant dueAt, boolean open) {

    /** The store's organization tag for every offer (the lookups span organizations). */
    public static final String EVERY_ORGANIZATION = "*";
    /** Open offers by the minute and by the hour (UTC) they are due in: {@link #minute} and {@link #hour}. */
    public static final ViewKey<OpenOffer> DUE = new ViewKey<>("due",
            o -> o.open() ? List.of(minute(o.dueAt()), hour(o.dueAt())) : List.of());
    /** Open offers of a session (closed with it). */
    public static final ViewKey<OpenOffer> BY_SESSION = ViewKey.of("session", o -> o.open() ? o.sessionId() : null);

    /** How late an offer seen after its expiry is filed: the minute after the one it was seen in. */
    static final Duration LATE_FILING = Duration.ofMinutes(1);

    public static String id(String sessionId, String registrationId) {
        return sessionId + "/" + registrationId;
    }

    /** The lookup value of the minute holding {@code at}, e.g. {@code m2030-06-01T01:05:00Z}. */
    public static String minute(Instant at) {
        return "m" + at.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The lookup value of the hour holding {@code at}, e.g. {@code h2030-06-01T01:00:00Z}. */
    public static String hour(Instant at) {
        return "h" + at.truncatedTo(ChronoUnit.HOURS);
    }

    /** An offer just seen at {@code now}: due at its expiry, or in the minute after now if that has passed. */
    static OpenOffer seen(String sessionId, String organizationId, String registrationId, Instant expiresAt,
                          Instant now) {
        Instant earliest = now.truncatedTo(ChronoUnit.MINUTES).plus(LATE_FILING);
        return new OpenOffer(sessionId, organizationId, registrationId, expiresAt,
                expiresAt.isBefore(earliest) ? earliest : expiresAt, true);
    }

    OpenOffer closed() {
        return new OpenOffer(sessionId, organizationId, registrationId, expiresAt, dueAt, false);
    }
}
