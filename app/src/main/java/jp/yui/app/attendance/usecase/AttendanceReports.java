package jp.yui.app.attendance.usecase;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.yui.domain.attendance.query.AttendanceFigures;
import jp.yui.domain.attendance.query.AttendanceMonth;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;
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

    private final ViewStore<AttendanceSessionView> sessions;
    private final ViewStore<AttendanceSeriesView> series;
    private final ViewStore<AttendanceMonth> months;

    AttendanceReports(ViewStore<AttendanceSessionView> sessions, ViewStore<AttendanceSeriesView> series,
                      ViewStore<AttendanceMonth> months) {
        this.sessions = sessions;
        this.series = series;
        this.months = months;
    }

    public Optional<Report> session(String org, String sessionId) {
        return sessions.find(sessionId).filter(s -> s.organizationId().equals(org))
                .map(s -> new Report(sessionId, s.figures()));
    }

    public Optional<Report> series(String org, String seriesId) {
        return series.find(seriesId).filter(s -> s.organizationId().equals(org))
                .map(s -> new Report(seriesId, s.figures()));
    }

    public Report month(String org, YearMonth month) {
        return new Report(month.toString(), months.find(AttendanceMonth.id(org, month.toString()))
                .map(AttendanceMonth::figures).orElse(AttendanceFigures.NONE));
    }

    /** 年度 {@code year}: April of that year to March of the next, 実人数 counted over the year. */
    public Report fiscalYear(String org, int year) {
        List<AttendanceMonth> found = AttendanceMonth.fiscalYear(year).stream()
                .map(m -> months.find(AttendanceMonth.id(org, m.toString())))
                .flatMap(Optional::stream).toList();
        return new Report(String.valueOf(year), AttendanceMonth.figuresOf(found));
    }
}
