package jp.yui.domain.attendance.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The month bucket: an organization's sessions of one month ("2025-06") by id, with their summaries, and the figures
 * recounted from them. The fiscal year (年度, April to March) is twelve lookups by id ({@link #id}) and
 * {@link #figuresOf} over their sessions, so 実人数 is of the year, not a sum of months.
 */
public record AttendanceMonth(String organizationId, String month, Map<String, SessionSummary> sessions,
                              AttendanceFigures figures) {

    public AttendanceMonth {
        sessions = sessions == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(sessions));
    }

    public static String id(String organizationId, String month) {
        return organizationId + "|" + month;
    }

    static AttendanceMonth empty(String organizationId, String month) {
        return new AttendanceMonth(organizationId, month, Map.of(), AttendanceFigures.NONE);
    }

    AttendanceMonth with(SessionSummary summary) {
        Map<String, SessionSummary> all = new TreeMap<>(sessions);
        all.put(summary.sessionId(), summary);
        return new AttendanceMonth(organizationId, month, all, AttendanceFigures.of(all.values()));
    }

    /** The figures of several months together (a fiscal year), counted from their sessions. */
    public static AttendanceFigures figuresOf(Collection<AttendanceMonth> months) {
        List<SessionSummary> all = new ArrayList<>();
        months.forEach(m -> all.addAll(m.sessions().values()));
        return AttendanceFigures.of(all);
    }

    /** The months of fiscal year {@code year} (年度: April of that year to March of the next). */
    public static List<YearMonth> fiscalYear(int year) {
        return IntStream.range(0, 12).mapToObj(i -> YearMonth.of(year, 4).plusMonths(i)).toList();
    }

    /** The fiscal year a date falls in. */
    public static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }
}
