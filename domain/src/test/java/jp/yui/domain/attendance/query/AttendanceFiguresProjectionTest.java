package jp.yui.domain.attendance.query;

import static jp.yui.domain.shared.EventDispatch.dispatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.api.AttendeeCheckedIn;
import jp.yui.domain.attendance.api.AttendeeRegistered;
import jp.yui.domain.attendance.api.AttendeeWaitlisted;
import jp.yui.domain.attendance.api.CheckInUndone;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.attendance.api.RegistrationCancelled;
import jp.yui.domain.attendance.api.SeriesCreated;
import jp.yui.domain.attendance.api.SessionClosed;
import jp.yui.domain.attendance.api.SessionScheduled;
import jp.yui.domain.attendance.api.WaitlistOfferLapsed;
import jp.yui.domain.attendance.api.WaitlistPlaceOffered;
import jp.yui.domain.attendance.api.WalkInCheckedIn;
import jp.yui.domain.residents.api.ResidentRegistered;
import jp.yui.domain.shared.ClearVault;
import jp.yui.domain.shared.ProjectionHistory;
import jp.yui.domain.shared.query.InMemoryViewStore;

/**
 * 河東's 健康講座, three sessions (June, July, August 2025), scripted event by event; the figures are checked against
 * numbers counted by hand below.
 */
class AttendanceFiguresProjectionTest {

    static final String ORG = "kato";
    static final String SERIES = "EventSeries:kenko";
    static final String S1 = "EventSession:kenko-1";
    static final String S2 = "EventSession:kenko-2";
    static final String S3 = "EventSession:kenko-3";
    static final Instant AT = Instant.parse("2025-06-01T01:00:00Z");
    static final String A = "Resident:a", B = "Resident:b", C = "Resident:c", D = "Resident:d";

    record Stores(InMemoryViewStore<AttendanceSessionView> sessions, InMemoryViewStore<AttendanceSeriesView> series,
                  InMemoryViewStore<AttendanceMonth> months, InMemoryViewStore<AttendeeResident> residents) {

        static Stores fresh() {
            return new Stores(new InMemoryViewStore<>(AttendanceSessionView.BY_SERIES, AttendanceSessionView.BY_DATE),
                    new InMemoryViewStore<>(), new InMemoryViewStore<>(), new InMemoryViewStore<>());
        }

        AttendanceFiguresProjection projection() {
            return new AttendanceFiguresProjection(sessions, series, months, residents);
        }

        List<Object> state() {
            List<Object> all = new ArrayList<>();
            all.addAll(sessions.findByOrganization(ORG));
            all.addAll(series.findByOrganization(ORG));
            all.addAll(months.findByOrganization(ORG));
            all.addAll(residents.findByOrganization(ORG));
            return all;
        }
    }

    static ResidentRegistered resident(String id, LocalDate born, String district) {
        return new ResidentRegistered(id, ORG, "M-" + id, null, born, district, "office");
    }

    static SessionScheduled session(String id, int number, LocalDateTime startsAt, int capacity, int fee) {
        return new SessionScheduled(id, ORG, SERIES, number, "河東公民館", startsAt, startsAt.plusHours(2), capacity,
                fee, "65歳以上", Duration.ofHours(24), "office");
    }

    static AttendeeRegistered registered(String session, String registrationId, String residentId, int companions) {
        return new AttendeeRegistered(session, ORG, registrationId, residentId, null, null, null, companions, false,
                "office", AT);
    }

    static AttendeeRegistered guest(String session, String registrationId, String name, AgeBand band,
                                    String district) {
        return new AttendeeRegistered(session, ORG, registrationId, null,
                ClearVault.INSTANCE.seal(registrationId, new GuestDetails(name, null, null)), band, district, 0,
                false, "office", AT);
    }

    static AttendeeCheckedIn checkIn(String session, String checkInId, String registrationId, int companions) {
        return new AttendeeCheckedIn(session, ORG, checkInId, registrationId, companions, "door", AT);
    }

    static WalkInCheckedIn walkIn(String session, String checkInId, String residentId, AgeBand band,
                                  String district) {
        return new WalkInCheckedIn(session, ORG, checkInId, residentId, null, band, district, "door", AT);
    }

    /**
     * Residents: A born 1950-05 (75–84, 河東), B 1958-03 (65–74, 河東), C 1940-01 (85+, 湊), D 1970-04 (40–64, 北).
     * <ul>
     *   <li>Session 1 (10 June, ¥300): A; B with one companion; C; guest 会津 (65–74, 河東). A, B (+1) and the guest
     *       come; C is checked in by mistake and undone, so a no-show; one walk-in (75–84, 湊).</li>
     *   <li>Session 2 (8 July, free): A, C, D; D cancels. A and C come; B walks in (recognised as the resident);
     *       one walk-in (40–64, 北).</li>
     *   <li>Session 3 (12 August, ¥300, 4 places): A, B, guest 喜多 (band and district not given), D: full; C waits.
     *       D cancels, C is offered the place and lets it lapse. A and B come, the guest does not; one walk-in
     *       (65–74, 河東).</li>
     * </ul>
     */
    static List<Object> history() {
        return List.of(
                resident(A, LocalDate.of(1950, 5, 1), "河東"),
                resident(B, LocalDate.of(1958, 3, 1), "河東"),
                resident(C, LocalDate.of(1940, 1, 1), "湊"),
                resident(D, LocalDate.of(1970, 4, 1), "北"),
                new SeriesCreated(SERIES, ORG, "健康講座", "65歳以上", List.of(), "office"),
                session(S1, 1, LocalDateTime.of(2025, 6, 10, 10, 0), 30, 300),
                registered(S1, "r1a", A, 0),
                registered(S1, "r1b", B, 1),
                registered(S1, "r1c", C, 0),
                guest(S1, "r1g", "会津 一郎", AgeBand.FROM_65_TO_74, "河東"),
                checkIn(S1, "c1a", "r1a", 0),
                checkIn(S1, "c1b", "r1b", 1),
                checkIn(S1, "c1g", "r1g", 0),
                checkIn(S1, "c1c", "r1c", 0),
                new CheckInUndone(S1, ORG, "c1c", "r1c", "別人", "door", AT),
                walkIn(S1, "w1", null, AgeBand.FROM_75_TO_84, "湊"),
                new SessionClosed(S1, ORG, List.of("r1c"), "door", AT),
                session(S2, 2, LocalDateTime.of(2025, 7, 8, 10, 0), 30, 0),
                registered(S2, "r2a", A, 0),
                registered(S2, "r2c", C, 0),
                registered(S2, "r2d", D, 0),
                new RegistrationCancelled(S2, ORG, "r2d", 1, "office", AT),
                checkIn(S2, "c2a", "r2a", 0),
                checkIn(S2, "c2c", "r2c", 0),
                walkIn(S2, "w2b", B, AgeBand.UNKNOWN, "河東"),
                walkIn(S2, "w2", null, AgeBand.FROM_40_TO_64, "北"),
                new SessionClosed(S2, ORG, List.of(), "door", AT),
                session(S3, 3, LocalDateTime.of(2025, 8, 12, 10, 0), 4, 300),
                registered(S3, "r3a", A, 0),
                registered(S3, "r3b", B, 0),
                guest(S3, "r3g", "喜多 次郎", null, null),
                registered(S3, "r3d", D, 0),
                new AttendeeWaitlisted(S3, ORG, "r3c", C, null, null, null, 0, "office", AT),
                new RegistrationCancelled(S3, ORG, "r3d", 1, "office", AT),
                new WaitlistPlaceOffered(S3, ORG, "r3c", 1, AT.plus(Duration.ofHours(24)), AT),
                new WaitlistOfferLapsed(S3, ORG, "r3c", AT.plus(Duration.ofHours(24))),
                checkIn(S3, "c3a", "r3a", 0),
                checkIn(S3, "c3b", "r3b", 0),
                walkIn(S3, "w3", null, AgeBand.FROM_65_TO_74, "河東"),
                new SessionClosed(S3, ORG, List.of("r3g"), "door", AT));
    }

    static Stores deliver(List<Object> events) {
        Stores stores = Stores.fresh();
        AttendanceFiguresProjection projection = stores.projection();
        events.forEach(e -> dispatch(projection, e));
        return stores;
    }

    @Test
    void firstSessionCountsRegisteredAttendedWalkInsAndTheNoShowLeftByTheUndoneCheckIn() {
        AttendanceFigures f = deliver(history()).sessions.find(S1).orElseThrow().figures();
        // Registered A, B + 1, C, guest = 5; came A, B + 1, guest = 4; walk-in 1; C no-show.
        assertThat(f.registered()).isEqualTo(5);
        assertThat(f.attended()).isEqualTo(4);
        assertThat(f.walkIns()).isEqualTo(1);
        assertThat(f.noShows()).isEqualTo(1);
        assertThat(f.attendances()).isEqualTo(5);
        assertThat(f.distinctPeople()).isEqualTo(5);
        assertThat(f.feeRevenueYen()).isEqualTo(1500);
    }

    @Test
    void seriesCountsAttendancesDistinctPeopleWalkInsNoShowsAndRepeatAttendanceByHand() {
        AttendanceFigures f = deliver(history()).series.find(SERIES).orElseThrow().figures();
        assertThat(f.sessions()).isEqualTo(3);
        // Registered: 5 + 2 (D cancelled) + 3 (D cancelled, C lapsed) = 10.
        assertThat(f.registered()).isEqualTo(10);
        // Came registered: 4 + 2 + 2 = 8; walk-ins: 1 + 2 + 1 = 4; 延べ 12.
        assertThat(f.attended()).isEqualTo(8);
        assertThat(f.walkIns()).isEqualTo(4);
        assertThat(f.attendances()).isEqualTo(12);
        // No-shows: C in session 1, the guest 喜多 in session 3.
        assertThat(f.noShows()).isEqualTo(2);
        // 実人数: A, B (also as a walk-in in July), B's companion, 会津, C, the three unnamed walk-ins = 8.
        assertThat(f.distinctPeople()).isEqualTo(8);
        // A came to all three sessions, B to all three (once walking in): 2 repeat attendees.
        assertThat(f.repeatAttendees()).isEqualTo(2);
        // ¥300 × 5 in June, free in July, ¥300 × 3 in August.
        assertThat(f.feeRevenueYen()).isEqualTo(2400);
    }

    @Test
    void seriesCountsByAgeBandAndDistrictByHand() {
        AttendanceFigures f = deliver(history()).series.find(SERIES).orElseThrow().figures();
        // 延べ: 75–84 A×3 + walk-in; 65–74 B×3 + 会津 + walk-in; 85+ C; 40–64 walk-in; unknown: the companion.
        assertThat(f.attendancesByAgeBand()).isEqualTo(Map.of(AgeBand.FROM_75_TO_84, 4L, AgeBand.FROM_65_TO_74, 5L,
                AgeBand.FROM_85, 1L, AgeBand.FROM_40_TO_64, 1L, AgeBand.UNKNOWN, 1L));
        assertThat(f.peopleByAgeBand()).isEqualTo(Map.of(AgeBand.FROM_75_TO_84, 2L, AgeBand.FROM_65_TO_74, 3L,
                AgeBand.FROM_85, 1L, AgeBand.FROM_40_TO_64, 1L, AgeBand.UNKNOWN, 1L));
        assertThat(f.attendancesByDistrict()).isEqualTo(Map.of("河東", 8L, "湊", 2L, "北", 1L, "不明", 1L));
        assertThat(f.peopleByDistrict()).isEqualTo(Map.of("河東", 4L, "湊", 2L, "北", 1L, "不明", 1L));
    }

    @Test
    void monthsHoldTheirSessionsAndTheFiscalYearCountsDistinctPeopleOverThem() {
        Stores stores = deliver(history());
        assertThat(stores.months.find(AttendanceMonth.id(ORG, "2025-07")).orElseThrow().figures().attendances())
                .isEqualTo(4);
        List<AttendanceMonth> year = AttendanceMonth.fiscalYear(2025).stream()
                .flatMap(m -> stores.months.find(AttendanceMonth.id(ORG, m.toString())).stream()).toList();
        assertThat(year).hasSize(3);
        AttendanceFigures f = AttendanceMonth.figuresOf(year);
        assertThat(f.attendances()).isEqualTo(12);
        assertThat(f.distinctPeople()).isEqualTo(8);
        assertThat(f.repeatAttendees()).isEqualTo(2);
        // Summed by month, 実人数 would be 5 + 4 + 3 = 12: people coming in several months are counted once.
        long summedByMonth = year.stream().mapToLong(m -> m.figures().distinctPeople()).sum();
        assertThat(summedByMonth).isEqualTo(12);
        assertThat(AttendanceMonth.fiscalYearOf(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
    }

    @Test
    void seriesKeepsItsDescriptionWhateverComesFirst() {
        AttendanceSeriesView view = deliver(history()).series.find(SERIES).orElseThrow();
        assertThat(view.title()).isEqualTo("健康講座");
        assertThat(view.sessions()).containsOnlyKeys(S1, S2, S3);
    }

    @Test
    void theSessionShowsTheWaitlistInOrderAndTheOpenOfferUntilItLapses() {
        List<Object> all = history();
        int offered = all.indexOf(all.stream().filter(WaitlistPlaceOffered.class::isInstance).findFirst()
                .orElseThrow());
        Stores beforeLapse = deliver(all.subList(0, offered + 1));
        AttendanceSessionView third = beforeLapse.sessions.find(S3).orElseThrow();
        assertThat(third.waitlist()).containsExactly("r3c");
        assertThat(third.registrations().get("r3c").hasOpenOffer()).isTrue();
        assertThat(third.registrations().get("r3c").offerExpiresAt()).isEqualTo(AT.plus(Duration.ofHours(24)));
        AttendanceSessionView lapsed = deliver(all).sessions.find(S3).orElseThrow();
        assertThat(lapsed.waitlist()).isEmpty();
        assertThat(lapsed.registrations().get("r3c").hasOpenOffer()).isFalse();
    }

    @Test
    void theDoorFindsTheDaysSessionsAndASeriesItsSessionsByKey() {
        Stores stores = deliver(history());
        assertThat(stores.sessions.findBy(ORG, "date", "2025-07-08")).extracting(AttendanceSessionView::sessionId)
                .containsExactly(S2);
        assertThat(stores.sessions.findBy(ORG, "series", SERIES)).hasSize(3);
    }

    @Test
    void deliveringEveryEventAgainChangesNothing() {
        ProjectionHistory.assertRedeliveryChangesNothing(AttendanceFiguresProjection.class, Stores::fresh,
                Stores::projection, Stores::state, history());
    }
}
