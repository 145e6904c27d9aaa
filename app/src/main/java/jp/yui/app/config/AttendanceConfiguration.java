package jp.yui.app.config;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import jp.yui.app.admin.RebuildableView;
import jp.yui.domain.attendance.query.AttendanceFiguresProjection;
import jp.yui.domain.attendance.query.AttendanceMonth;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;
import jp.yui.domain.attendance.query.AttendeeResident;
import jp.yui.domain.attendance.query.RegistrantView;
import jp.yui.domain.attendance.query.RegistrantsProjection;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.infra.readmodel.MongoViewStore;

/**
 * 行事と参加: the session, series and month buckets of the attendance figures kept by
 * {@link AttendanceFiguresProjection} (the session bucket is also the door's list), the registrants of each session
 * kept by {@link RegistrantsProjection}, and their rebuilds from the events.
 */
@Configuration(proxyBeanMethods = false)
class AttendanceConfiguration {

    static final String SESSIONS = "view_attendance_sessions";
    static final String SERIES = "view_attendance_series";
    static final String MONTHS = "view_attendance_months";
    static final String RESIDENTS = "view_attendance_residents";
    static final String REGISTRANTS = "view_attendance_registrants";

    private static ViewStore<AttendanceSessionView> sessions(MongoDatabase database, boolean cache, String suffix) {
        return ViewConfiguration.cached(database, cache, SESSIONS + suffix, new MongoViewStore<>(database,
                SESSIONS + suffix, AttendanceSessionView.class, AttendanceSessionView.BY_SERIES,
                AttendanceSessionView.BY_DATE));
    }

    private static ViewStore<AttendanceSeriesView> series(MongoDatabase database, boolean cache, String suffix) {
        return ViewConfiguration.cached(database, cache, SERIES + suffix,
                new MongoViewStore<>(database, SERIES + suffix, AttendanceSeriesView.class));
    }

    private static ViewStore<AttendanceMonth> months(MongoDatabase database, boolean cache, String suffix) {
        return ViewConfiguration.cached(database, cache, MONTHS + suffix,
                new MongoViewStore<>(database, MONTHS + suffix, AttendanceMonth.class));
    }

    private static ViewStore<AttendeeResident> residents(MongoDatabase database, boolean cache, String suffix) {
        return ViewConfiguration.cached(database, cache, RESIDENTS + suffix,
                new MongoViewStore<>(database, RESIDENTS + suffix, AttendeeResident.class));
    }

    private static ViewStore<RegistrantView> registrants(MongoDatabase database, boolean cache, String suffix) {
        return ViewConfiguration.cached(database, cache, REGISTRANTS + suffix, new MongoViewStore<>(database,
                REGISTRANTS + suffix, RegistrantView.class, RegistrantView.BY_SESSION));
    }

    @Bean
    ViewStore<AttendanceSessionView> attendanceSessionViews(MongoDatabase database, YuiProperties properties) {
        return sessions(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<AttendanceSeriesView> attendanceSeriesViews(MongoDatabase database, YuiProperties properties) {
        return series(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<AttendanceMonth> attendanceMonthViews(MongoDatabase database, YuiProperties properties) {
        return months(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<AttendeeResident> attendeeResidentViews(MongoDatabase database, YuiProperties properties) {
        return residents(database, properties.embedded(), "");
    }

    @Bean
    AttendanceFiguresProjection attendanceFiguresProjection(ViewStore<AttendanceSessionView> sessions,
                                                            ViewStore<AttendanceSeriesView> series,
                                                            ViewStore<AttendanceMonth> months,
                                                            ViewStore<AttendeeResident> residents) {
        return new AttendanceFiguresProjection(sessions, series, months, residents);
    }

    @Bean
    RebuildableView rebuildableAttendanceFigures(MongoDatabase database, YuiProperties properties) {
        boolean cache = properties.embedded();
        return new RebuildableView("attendance-figures", AttendanceFiguresProjection.PROCESSING_GROUP,
                List.of(SESSIONS, SERIES, MONTHS, RESIDENTS), suffix -> new AttendanceFiguresProjection(
                        sessions(database, cache, suffix), series(database, cache, suffix),
                        months(database, cache, suffix), residents(database, cache, suffix)));
    }

    @Bean
    ViewStore<RegistrantView> registrantViews(MongoDatabase database, YuiProperties properties) {
        return registrants(database, properties.embedded(), "");
    }

    @Bean
    RegistrantsProjection registrantsProjection(ViewStore<RegistrantView> registrants) {
        return new RegistrantsProjection(registrants);
    }

    @Bean
    RebuildableView rebuildableRegistrants(MongoDatabase database, YuiProperties properties) {
        return new RebuildableView("attendance-registrants", RegistrantsProjection.PROCESSING_GROUP,
                List.of(REGISTRANTS), suffix -> new RegistrantsProjection(registrants(database,
                properties.embedded(), suffix)));
    }
}
