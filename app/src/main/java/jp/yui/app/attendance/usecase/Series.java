package jp.yui.app.attendance.usecase;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.NotFound;
import jp.yui.domain.attendance.api.CreateSeries;
import jp.yui.domain.attendance.api.ScheduleSession;
import jp.yui.domain.attendance.command.EventSeries;
import jp.yui.domain.attendance.command.EventSession;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 連続講座・行事: a series kept by its organizer (with the organizations taking part in a city-wide one) and its
 * sessions (回), each with venue, time, capacity, fee and how long a place offered to the waitlist is held.
 */
@Service
public class Series {

    /** A session as the office describes it. */
    public record SessionPlan(int number, String venue, LocalDateTime startsAt, LocalDateTime endsAt, int capacity,
                              int feeYen, String targetGroup, Duration offerHeldFor) {
    }

    private final CommandGateway commands;
    private final ViewStore<AttendanceSeriesView> series;
    private final ViewStore<AttendanceSessionView> sessions;

    Series(CommandGateway commands, ViewStore<AttendanceSeriesView> series,
           ViewStore<AttendanceSessionView> sessions) {
        this.commands = commands;
        this.series = series;
        this.sessions = sessions;
    }

    /** Creates a series; answers its id once it is stored. */
    public String create(String org, String title, String targetGroup, List<String> participating, String by) {
        String id = Ids.newId(EventSeries.ID_TYPE);
        commands.sendAndWait(new CreateSeries(id, org, title, targetGroup,
                participating == null ? List.of() : participating, by));
        return id;
    }

    /** The series, when it is the organization's (organizer or taking part); waited for when just created. */
    public Optional<AttendanceSeriesView> series(String org, String seriesId) {
        return Attendance.ofOrganization(series, seriesId, v -> v.organizationId().equals(org)
                || v.participatingOrganizationIds().contains(org), v -> v.title() != null);
    }

    /**
     * Schedules a session of the organization's series ({@link NotFound} for a series it does not organize, nothing
     * stored); answers the session's id once it is stored.
     */
    public String schedule(String org, String seriesId, SessionPlan plan, String by) {
        Attendance.ofOrganization(series, seriesId, v -> v.organizationId().equals(org), v -> v.title() != null)
                .orElseThrow(NotFound::new);
        String id = Ids.newId(EventSession.ID_TYPE);
        commands.sendAndWait(new ScheduleSession(id, org, seriesId, plan.number(), plan.venue(), plan.startsAt(),
                plan.endsAt(), plan.capacity(), plan.feeYen(), plan.targetGroup(), plan.offerHeldFor(), by));
        return id;
    }

    /** The series the organization organizes (a short list per organization). */
    public List<AttendanceSeriesView> ofOrganization(String org) {
        return series.findByOrganization(org).stream().filter(v -> v.title() != null).toList();
    }

    /** The sessions of the organization's series: one index lookup. */
    public List<AttendanceSessionView> sessionsOf(String org, String seriesId) {
        return sessions.findBy(org, AttendanceSessionView.BY_SERIES.name(), seriesId);
    }

    /** Waits until the session just scheduled is in its view (for a client reading it at once). */
    public Optional<AttendanceSessionView> session(String org, String sessionId) {
        return Attendance.ofOrganization(sessions, sessionId, v -> v.organizationId().equals(org), v -> true);
    }
}
