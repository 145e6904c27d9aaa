package jp.yui.app.config;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.mongodb.client.MongoDatabase;

import jp.yui.app.admin.RebuildableView;
import jp.yui.app.attendance.usecase.OfferLapses;
import jp.yui.domain.attendance.query.AttendanceFiguresProjection;
import jp.yui.domain.attendance.query.AttendanceMonth;
import jp.yui.domain.attendance.query.AttendanceSeriesView;
import jp.yui.domain.attendance.query.AttendanceSessionView;
import jp.yui.domain.attendance.query.AttendeeResident;
import jp.yui.domain.attendance.query.OpenOffer;
import jp.yui.domain.attendance.query.OpenOffersProjection;
import jp.yui.domain.attendance.query.RegistrantView;
import jp.yui.domain.attendance.query.RegistrantsProjection;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.infra.readmodel.MongoViewStore;

/**
 * 行事と参加: the session, series and month buckets of the attendance figures kept by
 * {@link AttendanceFiguresProjection} (the session bucket is also the door's list), the registrants of each session
 * kept by {@link RegistrantsProjection}, the waitlist's open offers kept by {@link OpenOffersProjection} for
 * {@link OfferLapses} (scheduled here) with where it goes on from, and their rebuilds from the events.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AttendanceConfiguration {

    static final String SESSIONS = "view_attendance_sessions";
    static final String SERIES = "view_attendance_series";
    static final String MONTHS = "view_attendance_months";
    static final String RESIDENTS = "view_attendance_residents";
    static final String REGISTRANTS = "view_attendance_registrants";
    static final String OPEN_OFFERS = "view_attendance_open_offers";
    /** Written by {@link OfferLapses}, not by a projection: neither cached nor rebuilt. */
    static final String OFFER_LAPSES = "view_attendance_offer_lapses";

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

    private static ViewStore<OpenOffer> openOffers(MongoDatabase database, boolean cache, String suffix) {
        return ViewConfiguration.cached(database, cache, OPEN_OFFERS + suffix, new MongoViewStore<>(database,
                OPEN_OFFERS + suffix, OpenOffer.class, OpenOffer.DUE, OpenOffer.BY_SESSION));
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
    ViewStore<OpenOffer> openOfferViews(MongoDatabase database, YuiProperties properties) {
        return openOffers(database, properties.embedded(), "");
    }

    @Bean
    ViewStore<OfferLapses.Cursor> offerLapsesCursor(MongoDatabase database) {
        return new MongoViewStore<>(database, OFFER_LAPSES, OfferLapses.Cursor.class);
    }

    @Bean
    OpenOffersProjection openOffersProjection(ViewStore<OpenOffer> offers, Clock clock) {
        return new OpenOffersProjection(offers, clock);
    }

    @Bean
    RebuildableView rebuildableOpenOffers(MongoDatabase database, YuiProperties properties, Clock clock) {
        return new RebuildableView("attendance-open-offers", OpenOffersProjection.PROCESSING_GROUP,
                List.of(OPEN_OFFERS), suffix -> new OpenOffersProjection(
                        openOffers(database, properties.embedded(), suffix), clock));
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
