package jp.yui.domain.attendance.query;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.api.AttendeeCheckedIn;
import jp.yui.domain.attendance.api.AttendeeRegistered;
import jp.yui.domain.attendance.api.AttendeeWaitlisted;
import jp.yui.domain.attendance.api.CheckInUndone;
import jp.yui.domain.attendance.api.RegistrationCancelled;
import jp.yui.domain.attendance.api.SeriesCreated;
import jp.yui.domain.attendance.api.SessionClosed;
import jp.yui.domain.attendance.api.SessionScheduled;
import jp.yui.domain.attendance.api.WaitlistOfferLapsed;
import jp.yui.domain.attendance.api.WaitlistPlaceOffered;
import jp.yui.domain.attendance.api.WalkInCheckedIn;
import jp.yui.domain.attendance.query.AttendanceSessionView.CheckInFact;
import jp.yui.domain.attendance.query.AttendanceSessionView.RegistrationFact;
import jp.yui.domain.attendance.query.AttendanceSessionView.Status;
import jp.yui.domain.residents.api.ResidentRegistered;
import jp.yui.domain.shared.query.ViewStore;

/**
 * Keeps the attendance figures (参加実績) as rollups, in the form of the sales and ridership ones: each registration
 * and check-in is kept whole by its id in its session's bucket ({@link AttendanceSessionView}, one key lookup), the
 * session is recounted from its facts, and its summary replaces the one the series ({@link AttendanceSeriesView}) and
 * month ({@link AttendanceMonth}) buckets had, each then recounted. Nothing is incremented: an event delivered again,
 * or again after a crash between the saves, ends in the same figures.
 *
 * <p>A registered resident's age band (on the session's day) and district come from the resident's
 * {@code ResidentRegistered}, kept here as an {@link AttendeeResident}; a guest's and a walk-in's are as asked.
 */
@ProcessingGroup(AttendanceFiguresProjection.PROCESSING_GROUP)
public class AttendanceFiguresProjection {

    public static final String PROCESSING_GROUP = "attendance-figures";

    private final ViewStore<AttendanceSessionView> sessions;
    private final ViewStore<AttendanceSeriesView> series;
    private final ViewStore<AttendanceMonth> months;
    private final ViewStore<AttendeeResident> residents;

    public AttendanceFiguresProjection(ViewStore<AttendanceSessionView> sessions,
                                       ViewStore<AttendanceSeriesView> series, ViewStore<AttendanceMonth> months,
                                       ViewStore<AttendeeResident> residents) {
        this.sessions = sessions;
        this.series = series;
        this.months = months;
        this.residents = residents;
    }

    @EventHandler
    void on(ResidentRegistered e) {
        residents.save(e.residentId(), e.organizationId(),
                new AttendeeResident(e.residentId(), e.organizationId(), e.birthYearMonth(), e.district()));
    }

    @EventHandler
    void on(SeriesCreated e) {
        AttendanceSeriesView view = series.find(e.seriesId())
                .orElseGet(() -> AttendanceSeriesView.empty(e.seriesId(), e.organizationId()));
        series.save(e.seriesId(), e.organizationId(),
                view.described(e.title(), e.targetGroup(), e.participatingOrganizationIds()));
    }

    @EventHandler
    void on(SessionScheduled e) {
        AttendanceSessionView view = sessions.find(e.sessionId()).orElseGet(() -> new AttendanceSessionView(
                e.sessionId(), e.organizationId(), e.seriesId(), e.number(), e.venue(), e.startsAt(), e.capacity(),
                e.feeYen(), Map.of(), Map.of(), false, List.of()));
        save(view);
    }

    @EventHandler
    void on(AttendeeRegistered e) {
        update(e.sessionId(), view -> view.withRegistration(e.registrationId(),
                registration(view, e.residentId(), e.companions(), Status.REGISTERED, e.guestAgeBand(),
                        e.guestDistrict(), e.at())));
    }

    @EventHandler
    void on(AttendeeWaitlisted e) {
        update(e.sessionId(), view -> view.withRegistration(e.registrationId(),
                registration(view, e.residentId(), e.companions(), Status.WAITLISTED, e.guestAgeBand(),
                        e.guestDistrict(), e.at())));
    }

    @EventHandler
    void on(RegistrationCancelled e) {
        update(e.sessionId(), view -> view.withStatus(e.registrationId(), Status.CANCELLED));
    }

    @EventHandler
    void on(WaitlistPlaceOffered e) {
        update(e.sessionId(), view -> view.withOffer(e.registrationId(), e.expiresAt()));
    }

    @EventHandler
    void on(WaitlistOfferLapsed e) {
        update(e.sessionId(), view -> view.withStatus(e.registrationId(), Status.LAPSED));
    }

    @EventHandler
    void on(AttendeeCheckedIn e) {
        update(e.sessionId(), view -> {
            RegistrationFact r = view.registrations().get(e.registrationId());
            return view.withCheckIn(e.checkInId(), new CheckInFact(e.registrationId(), r == null ? null
                    : r.residentId(), false, e.companions(), r == null ? AgeBand.UNKNOWN : r.ageBand(),
                    r == null ? null : r.district(), false));
        });
    }

    @EventHandler
    void on(WalkInCheckedIn e) {
        update(e.sessionId(), view -> {
            AttendeeResident resident = e.residentId() == null ? null : residents.find(e.residentId()).orElse(null);
            AgeBand band = resident != null ? AgeBand.of(resident.birthYearMonth(), view.date()) : e.ageBand();
            String district = resident != null && resident.district() != null ? resident.district() : e.district();
            return view.withCheckIn(e.checkInId(),
                    new CheckInFact(null, e.residentId(), true, 0, band, district, false));
        });
    }

    @EventHandler
    void on(CheckInUndone e) {
        update(e.sessionId(), view -> view.withUndone(e.checkInId()));
    }

    @EventHandler
    void on(SessionClosed e) {
        update(e.sessionId(), view -> view.closedWith(e.noShowRegistrationIds()));
    }

    @ResetHandler
    void reset() {
        sessions.deleteAll();
        series.deleteAll();
        months.deleteAll();
        residents.deleteAll();
    }

    private RegistrationFact registration(AttendanceSessionView view, String residentId, int companions,
                                          Status status, AgeBand guestBand, String guestDistrict,
                                          java.time.Instant at) {
        if (residentId == null) {
            return new RegistrationFact(null, companions, status, AgeBand.orUnknown(guestBand), guestDistrict, at,
                    null);
        }
        AttendeeResident resident = residents.find(residentId).orElse(null);
        return new RegistrationFact(residentId, companions, status,
                resident == null ? AgeBand.UNKNOWN : AgeBand.of(resident.birthYearMonth(), view.date()),
                resident == null ? null : resident.district(), at, null);
    }

    private void update(String sessionId, UnaryOperator<AttendanceSessionView> change) {
        sessions.find(sessionId).map(change).ifPresent(this::save);
    }

    /** Saves the session, then puts its summary in its series and month in place of the one they had. */
    private void save(AttendanceSessionView view) {
        sessions.save(view.sessionId(), view.organizationId(), view);
        SessionSummary summary = view.summary();
        AttendanceSeriesView inSeries = series.find(view.seriesId())
                .orElseGet(() -> AttendanceSeriesView.empty(view.seriesId(), view.organizationId()));
        series.save(view.seriesId(), inSeries.organizationId(), inSeries.with(summary));
        String month = YearMonth.from(view.startsAt()).toString();
        String monthId = AttendanceMonth.id(view.organizationId(), month);
        AttendanceMonth inMonth = months.find(monthId)
                .orElseGet(() -> AttendanceMonth.empty(view.organizationId(), month));
        months.save(monthId, view.organizationId(), inMonth.with(summary));
    }
}
