package jp.yui.domain.attendance.query;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rollups keep of one session, copied from its {@link AttendanceSessionView} each time it changes: the
 * people registered and not come (each registrant and companion one), and the people who came, one line each.
 */
public record SessionSummary(String sessionId, String seriesId, LocalDate date, long registered, long noShows,
                             int feeYen, boolean closed, List<AttendanceLine> lines) {

    public SessionSummary {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
