package jp.yui.app.attendance.usecase;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.yui.domain.attendance.query.AttendanceFigures;
import jp.yui.domain.attendance.query.AttendanceMonth;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;
import jp.yui.domain.attendance.query.SessionSummary;
import jp.yui.domain.shared.query.ViewStore;

/**
 * 参加実績: the figures of a session, a series, a month and a fiscal year (年度, April to March), each read by id
 * (a year is its twelve months by id), never by loading sessions to filter them.
 */
@Service
public class AttendanceReports {

    /** Figures with what they are of. */
    public record Report(String of, AttendanceFigures figures) {
    }

    /** A month of a fiscal year and its figures (counted within the month). */
    public record MonthRow(YearMonth month, AttendanceFigures figures) {
    }

    /**
     * A fiscal year of an organization's events: its twelve months, the summaries of its sessions in date order, and
     * the year's figures counted from those sessions (実人数 of the year, not a sum of months).
     */
    public record Year(int fiscalYear, List<MonthRow> months, List<SessionSummary> sessions,
                       AttendanceFigures total) {

        /** The series of the year's sessions, in the order of their first session. */
        public List<String> seriesIds() {
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            sessions.forEach(s -> ids.add(s.seriesId()));
            return List.copyOf(ids);
        }

        /** The year's figures of one series, counted from its sessions of the year. */
        public AttendanceFigures ofSeries(String seriesId) {
            return AttendanceFigures.of(sessions.stream().filter(s -> s.seriesId().equals(seriesId)).toList());
        }
    }

    private final ViewStore<AttendanceSessionView> sessions;
    private final ViewStore<AttendanceSeriesView> series;
    private final ViewStore<AttendanceMonth> months;

    AttendanceReports(ViewStore<AttendanceSessionView> sessions, ViewStore<AttendanceSeriesView> series,
                      ViewStore<AttendanceMonth> months) {
        this.sessions = sessions;
        this.series = series;
        this.months = months;
    }

    /** The session's figures, for its organizer and the organizations taking part in its series. */
    public Optional<Report> session(String org, String sessionId) {
        return sessions.find(sessionId).filter(s -> Attendance.takesPart(series, s, org))
                .map(s -> new Report(sessionId, s.figures()));
    }

    /** The series' figures, for its organizer and the organizations taking part in it (a city-wide event). */
    public Optional<Report> series(String org, String seriesId) {
        return seriesView(org, seriesId).map(s -> new Report(seriesId, s.figures()));
    }

    public Report month(String org, YearMonth month) {
        return new Report(month.toString(), months.find(AttendanceMonth.id(org, month.toString()))
                .map(AttendanceMonth::figures).orElse(AttendanceFigures.NONE));
    }

    /** 年度 {@code year} month by month and session by session: twelve lookups by id. */
    public Year year(String org, int year) {
        List<MonthRow> rows = new ArrayList<>();
        List<SessionSummary> all = new ArrayList<>();
        for (YearMonth m : AttendanceMonth.fiscalYear(year)) {
            Optional<AttendanceMonth> found = months.find(AttendanceMonth.id(org, m.toString()));
            rows.add(new MonthRow(m, found.map(AttendanceMonth::figures).orElse(AttendanceFigures.NONE)));
            found.ifPresent(month -> all.addAll(month.sessions().values()));
        }
        all.sort(Comparator.comparing(SessionSummary::date).thenComparing(SessionSummary::sessionId));
        return new Year(year, rows, List.copyOf(all), AttendanceFigures.of(all));
    }

    /** The series, when the organization organizes it or takes part in it: one lookup by id. */
    public Optional<AttendanceSeriesView> seriesView(String org, String seriesId) {
        return series.find(seriesId).filter(s -> s.organizationId().equals(org)
                || s.participatingOrganizationIds().contains(org));
    }

    /** The organization's session: one lookup by id. */
    public Optional<AttendanceSessionView> sessionView(String org, String sessionId) {
        return sessions.find(sessionId).filter(s -> s.organizationId().equals(org));
    }

    /** 年度 {@code year}: April of that year to March of the next, 実人数 counted over the year. */
    public Report fiscalYear(String org, int year) {
        List<AttendanceMonth> found = AttendanceMonth.fiscalYear(year).stream()
                .map(m -> months.find(AttendanceMonth.id(org, m.toString())))
                .flatMap(Optional::stream).toList();
        return new Report(String.valueOf(year), AttendanceMonth.figuresOf(found));
    }
}
