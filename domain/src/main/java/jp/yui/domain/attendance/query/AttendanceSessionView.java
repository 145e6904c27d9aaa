package jp.yui.domain.attendance.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.shared.query.ViewKey;

/**
 * The session bucket of the attendance figures: the session's registrations and check-ins kept whole by their ids,
 * each made from its events, and its close. Its figures are counted afresh from these facts every time
 * ({@link #summary()}), so an event delivered again changes nothing.
 */
public record AttendanceSessionView(String sessionId, String organizationId, String seriesId, int number,
                                    String venue, LocalDateTime startsAt, int capacity, int feeYen,
                                    Map<String, RegistrationFact> registrations, Map<String, CheckInFact> checkIns,
                                    boolean closed, List<String> noShowRegistrationIds) {

    /** How far a registration has gone; a later status is never replaced by an earlier one. */
    public enum Status {
        WAITLISTED, REGISTERED, LAPSED, CANCELLED;

        /** The status after {@code next} arrives: waiting may become registered or lapsed; cancelled is last. */
        Status then(Status next) {
            if (this == next || this == CANCELLED || this == LAPSED) {
                return this;
            }
            if (this == REGISTERED && next != CANCELLED) {
                return this;
            }
            return next;
        }
    }

    /**
     * A registration: who (resident or guest), how many places, with the age band and district known for it; when it
     * was taken (the waitlist's order) and, while it waits, until when a place offered to it is held.
     */
    public record RegistrationFact(String residentId, int companions, Status status, AgeBand ageBand,
                                   String district, Instant registeredAt, Instant offerExpiresAt) {

        RegistrationFact withStatus(Status next) {
            return new RegistrationFact(residentId, companions, status.then(next), ageBand, district, registeredAt,
                    offerExpiresAt);
        }

        RegistrationFact offeredUntil(Instant expiresAt) {
            return new RegistrationFact(residentId, companions, status, ageBand, district, registeredAt, expiresAt);
        }

        /** Waiting, with places held for it until {@link #offerExpiresAt()}. */
        public boolean hasOpenOffer() {
            return status == Status.WAITLISTED && offerExpiresAt != null;
        }
    }

    /** A check-in of a registration (companions included) or a walk-in, and whether it was undone. */
    public record CheckInFact(String registrationId, String residentId, boolean walkIn, int companions,
                              AgeBand ageBand, String district, boolean undone) {

        CheckInFact asUndone() {
            return new CheckInFact(registrationId, residentId, walkIn, companions, ageBand, district, true);
        }
    }

    /** The sessions of a series. */
    public static final ViewKey<AttendanceSessionView> BY_SERIES = ViewKey.of("series",
            AttendanceSessionView::seriesId);
    /** The sessions of a day (the door's list), by the date they start. */
    public static final ViewKey<AttendanceSessionView> BY_DATE = ViewKey.of("date", AttendanceSessionView::date);

    public AttendanceSessionView {
        registrations = registrations == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new TreeMap<>(registrations));
        checkIns = checkIns == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(checkIns));
        noShowRegistrationIds = noShowRegistrationIds == null ? List.of() : List.copyOf(noShowRegistrationIds);
    }

    public LocalDate date() {
        return startsAt.toLocalDate();
    }

    AttendanceSessionView withRegistration(String registrationId, RegistrationFact fact) {
        Map<String, RegistrationFact> all = new TreeMap<>(registrations);
        RegistrationFact known = all.get(registrationId);
        all.put(registrationId, known == null ? fact
                : known.withStatus(fact.status()).offeredUntil(fact.status() == Status.REGISTERED ? null
                        : known.offerExpiresAt()));
        return new AttendanceSessionView(sessionId, organizationId, seriesId, number, venue, startsAt, capacity,
                feeYen, all, checkIns, closed, noShowRegistrationIds);
    }

    AttendanceSessionView withOffer(String registrationId, Instant expiresAt) {
        RegistrationFact known = registrations.get(registrationId);
        if (known == null || known.status() != Status.WAITLISTED) {
            return this;
        }
        Map<String, RegistrationFact> all = new TreeMap<>(registrations);
        all.put(registrationId, known.offeredUntil(expiresAt));
        return new AttendanceSessionView(sessionId, organizationId, seriesId, number, venue, startsAt, capacity,
                feeYen, all, checkIns, closed, noShowRegistrationIds);
    }

    /** The waitlist in order (registration time, then id). */
    public List<String> waitlist() {
        return registrations.entrySet().stream().filter(e -> e.getValue().status() == Status.WAITLISTED)
                .sorted(java.util.Comparator.comparing((Map.Entry<String, RegistrationFact> e) ->
                                e.getValue().registeredAt(), java.util.Comparator.nullsLast(
                                java.util.Comparator.naturalOrder())).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    AttendanceSessionView withStatus(String registrationId, Status status) {
        RegistrationFact known = registrations.get(registrationId);
        return known == null ? this : withRegistration(registrationId, known.withStatus(status));
    }

    /** The check-in as made from its event; one already known (perhaps undone since) is kept as it is. */
    AttendanceSessionView withCheckIn(String checkInId, CheckInFact fact) {
        if (checkIns.containsKey(checkInId)) {
            return this;
        }
        Map<String, CheckInFact> all = new TreeMap<>(checkIns);
        all.put(checkInId, fact);
        return new AttendanceSessionView(sessionId, organizationId, seriesId, number, venue, startsAt, capacity,
                feeYen, registrations, all, closed, noShowRegistrationIds);
    }

    AttendanceSessionView withUndone(String checkInId) {
        CheckInFact known = checkIns.get(checkInId);
        if (known == null) {
            return this;
        }
        Map<String, CheckInFact> all = new TreeMap<>(checkIns);
        all.put(checkInId, known.asUndone());
        return new AttendanceSessionView(sessionId, organizationId, seriesId, number, venue, startsAt, capacity,
                feeYen, registrations, all, closed, noShowRegistrationIds);
    }

    AttendanceSessionView closedWith(List<String> noShows) {
        return new AttendanceSessionView(sessionId, organizationId, seriesId, number, venue, startsAt, capacity,
                feeYen, registrations, checkIns, true, noShows);
    }

    /** The people who came (one line each) and the counts of registered and no-shows. */
    public SessionSummary summary() {
        long registered = registrations.values().stream().filter(r -> r.status() == Status.REGISTERED)
                .mapToLong(r -> 1 + r.companions()).sum();
        long noShows = noShowRegistrationIds.stream().map(registrations::get)
                .filter(r -> r != null && r.status() == Status.REGISTERED).mapToLong(r -> 1 + r.companions()).sum();
        List<AttendanceLine> lines = new ArrayList<>();
        checkIns.forEach((checkInId, c) -> {
            if (c.undone()) {
                return;
            }
            String person = c.residentId() != null ? "resident:" + c.residentId()
                    : c.walkIn() ? "walkin:" + checkInId : "guest:" + c.registrationId();
            lines.add(new AttendanceLine(person, c.ageBand(), c.district(), c.walkIn()));
            for (int i = 1; i <= c.companions(); i++) {
                lines.add(new AttendanceLine("companion:" + checkInId + ":" + i, AgeBand.UNKNOWN, null, false));
            }
        });
        return new SessionSummary(sessionId, seriesId, date(), registered, noShows, feeYen, closed, lines);
    }

    public AttendanceFigures figures() {
        return AttendanceFigures.of(List.of(summary()));
    }
}
