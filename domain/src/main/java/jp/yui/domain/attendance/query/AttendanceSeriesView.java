package jp.yui.domain.attendance.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The series bucket: each session's summary by session id, copied from the session bucket when it changes, and the
 * figures recounted from them (実人数 and repeat attendance over the whole series).
 */
public record AttendanceSeriesView(String seriesId, String organizationId, String title, String targetGroup,
                                   List<String> participatingOrganizationIds, Map<String, SessionSummary> sessions,
                                   AttendanceFigures figures) {

    public AttendanceSeriesView {
        participatingOrganizationIds = participatingOrganizationIds == null ? List.of()
                : List.copyOf(participatingOrganizationIds);
        sessions = sessions == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(sessions));
    }

    static AttendanceSeriesView empty(String seriesId, String organizationId) {
        return new AttendanceSeriesView(seriesId, organizationId, null, null, List.of(), Map.of(),
                AttendanceFigures.NONE);
    }

    AttendanceSeriesView described(String title, String targetGroup, List<String> participating) {
        return new AttendanceSeriesView(seriesId, organizationId, title, targetGroup, participating, sessions, figures);
    }

    /** The series with this session's summary in place of the one it had; the figures recounted. */
    AttendanceSeriesView with(SessionSummary summary) {
        Map<String, SessionSummary> all = new TreeMap<>(sessions);
        all.put(summary.sessionId(), summary);
        return new AttendanceSeriesView(seriesId, organizationId, title, targetGroup, participatingOrganizationIds,
                all, AttendanceFigures.of(all.values()));
    }
}
