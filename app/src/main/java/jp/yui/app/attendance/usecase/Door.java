package jp.yui.app.attendance.usecase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.api.CheckIn;
import jp.yui.domain.attendance.api.CloseSession;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.attendance.api.RecordWalkIn;
import jp.yui.domain.attendance.api.UndoCheckIn;
import jp.yui.domain.attendance.query.AttendanceFigures;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 受付: the door of a session. Check-ins of registrations and walk-ins carry ids made on the tablet (sent again,
 * recorded once and answered the same), a mistaken one is undone as its own fact, and the close derives the
 * no-shows. Reading the session gives its registrations, check-ins and live counts.
 *
 * <p>At a city-wide event the organizations taking part in the series keep the door with the organizer: their staff
 * read the session and record check-ins, walk-ins and undos for it (recorded as the organizer's session, by them);
 * the close stays the organizer's.
 */
@Service
public class Door {

    /** A walk-in as the door asks: age band and district, a name if given, the resident if recognised. */
    public record WalkIn(String checkInId, String residentId, GuestDetails name, AgeBand ageBand, String district) {
    }

    /** The session at the door: its facts and its counts so far. */
    public record SessionAtDoor(AttendanceSessionView session, List<String> waitlist, AttendanceFigures counts) {
    }

    private final CommandGateway commands;
    private final ViewStore<AttendanceSessionView> sessions;
    private final ViewStore<AttendanceSeriesView> series;

    Door(CommandGateway commands, ViewStore<AttendanceSessionView> sessions, ViewStore<AttendanceSeriesView> series) {
        this.commands = commands;
        this.sessions = sessions;
        this.series = series;
    }

    /** The session, when the organization organizes it or takes part in its series. */
    public Optional<SessionAtDoor> session(String org, String sessionId) {
        return Attendance.ofOrganization(sessions, sessionId, v -> Attendance.takesPart(series, v, org), v -> true)
                .map(s -> new SessionAtDoor(s, s.waitlist(), s.figures()));
    }

    /**
     * Whose door {@code org} records at: the session's organizer when {@code org} takes part in its series, else
     * {@code org} itself (and the session then refuses what is not its organization's, as for any other).
     */
    public String organizerFor(String org, String sessionId) {
        return sessions.find(sessionId).filter(v -> !v.organizationId().equals(org)
                && Attendance.takesPart(series, v, org)).map(AttendanceSessionView::organizationId).orElse(org);
    }

    /** The organization's sessions of a day (the door's list): one index lookup. */
    public List<AttendanceSessionView> day(String org, java.time.LocalDate date) {
        return sessions.findBy(org, AttendanceSessionView.BY_DATE.name(), date.toString());
    }

    /**
     * The door's chooser: the organization's sessions from {@code from} for {@code days} days, by start time; one
     * index lookup per day.
     */
    public List<AttendanceSessionView> days(String org, java.time.LocalDate from, int days) {
        List<AttendanceSessionView> all = new java.util.ArrayList<>();
        for (int i = 0; i < days; i++) {
            all.addAll(day(org, from.plusDays(i)));
        }
        all.sort(java.util.Comparator.comparing(AttendanceSessionView::startsAt)
                .thenComparing(AttendanceSessionView::sessionId));
        return all;
    }

    public void checkIn(String org, String sessionId, String checkInId, String registrationId, Integer companions,
                        String by, Instant at) {
        commands.sendAndWait(new CheckIn(sessionId, organizerFor(org, sessionId), checkInId, registrationId,
                companions, by, at));
    }

    public void walkIn(String org, String sessionId, WalkIn walkIn, String by, Instant at) {
        commands.sendAndWait(new RecordWalkIn(sessionId, organizerFor(org, sessionId), walkIn.checkInId(),
                walkIn.residentId(), walkIn.name(), walkIn.ageBand(), walkIn.district(), by, at));
    }

    /** Undoes a check-in; {@code undoId} (made on the tablet, may be null) makes the same undo sent again a no-op. */
    public void undo(String org, String sessionId, String checkInId, String undoId, String reason, String by,
                     Instant at) {
        commands.sendAndWait(new UndoCheckIn(sessionId, organizerFor(org, sessionId), checkInId, reason, by, at,
                undoId));
    }

    /**
     * Closes the door list; answers the session as closed with its counts (202 with its id if the view has not
     * caught up yet: the close is stored all the same).
     */
    public SessionAtDoor close(String org, String sessionId, String by, Instant at) {
        commands.sendAndWait(new CloseSession(sessionId, org, by, at));
        return Views.awaitPresent(() -> sessions.find(sessionId).filter(AttendanceSessionView::closed))
                .map(s -> new SessionAtDoor(s, s.waitlist(), s.figures()))
                .orElseThrow(() -> new StoredNotYetVisible(sessionId));
    }
}
