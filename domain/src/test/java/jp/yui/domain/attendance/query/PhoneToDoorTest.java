package jp.yui.domain.attendance.query;

import static jp.yui.domain.shared.EventDispatch.dispatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import jp.yui.domain.attendance.api.AcceptOffer;
import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.api.CancelRegistration;
import jp.yui.domain.attendance.api.CheckIn;
import jp.yui.domain.attendance.api.CloseSession;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.attendance.api.RecordWalkIn;
import jp.yui.domain.attendance.api.RegisterAttendee;
import jp.yui.domain.attendance.api.ScheduleSession;
import jp.yui.domain.attendance.api.SessionClosed;
import jp.yui.domain.attendance.api.UndoCheckIn;
import jp.yui.domain.attendance.command.EventSession;
import jp.yui.domain.shared.ClearVault;

/**
 * One session from the office's phone to the door's close, through the session's own command handling: the events
 * it records, fed to the figures, give the numbers counted by hand.
 */
class PhoneToDoorTest {

    static final String ORG = "kita";
    static final String SERIES = "EventSeries:sumaho";
    static final String SESSION = "EventSession:sumaho-1";
    static final Instant PHONE = Instant.parse("2025-09-01T01:00:00Z");
    static final Instant DOOR = Instant.parse("2025-09-10T00:50:00Z");

    private final AggregateTestFixture<EventSession> fixture = new AggregateTestFixture<>(EventSession.class);

    {
        fixture.registerInjectableResource(ClearVault.INSTANCE);
    }

    @Test
    void aSessionFromThePhoneToTheCloseGivesTheHandCountedFigures() {
        fixture.givenCommands(
                        new ScheduleSession(SESSION, ORG, SERIES, 1, "北公民館", LocalDateTime.of(2025, 9, 10, 10, 0),
                                LocalDateTime.of(2025, 9, 10, 12, 0), 3, 500, "60歳以上", Duration.ofHours(48),
                                "office"),
                        // A (alone) and B (with one companion) fill the three places; the guest waits.
                        new RegisterAttendee(SESSION, ORG, "r-a", "Resident:a", null, null, null, 0, false, "office",
                                PHONE),
                        new RegisterAttendee(SESSION, ORG, "r-b", "Resident:b", null, null, null, 1, false, "office",
                                PHONE),
                        new RegisterAttendee(SESSION, ORG, "r-g", null, new GuestDetails("北 三郎", "キタ サブロウ", null),
                                AgeBand.FROM_65_TO_74, "北", 0, true, "office", PHONE),
                        // A cancels: the guest is offered the place and says yes the next day.
                        new CancelRegistration(SESSION, ORG, "r-a", "office", PHONE.plusSeconds(3600)),
                        new AcceptOffer(SESSION, ORG, "r-g", "office", PHONE.plus(Duration.ofDays(1))),
                        // The door: B with the companion, sent twice by a flaky tablet; the guest checked in by
                        // mistake and undone; a walk-in, sent twice.
                        new CheckIn(SESSION, ORG, "c-b", "r-b", null, "door", DOOR),
                        new CheckIn(SESSION, ORG, "c-b", "r-b", null, "door", DOOR.plusSeconds(30)),
                        new CheckIn(SESSION, ORG, "c-g", "r-g", null, "door", DOOR),
                        new UndoCheckIn(SESSION, ORG, "c-g", "押し間違い", "door", DOOR.plusSeconds(60)),
                        new RecordWalkIn(SESSION, ORG, "w-1", null, null, AgeBand.FROM_65_TO_74, "北", "door", DOOR),
                        new RecordWalkIn(SESSION, ORG, "w-1", null, null, AgeBand.FROM_65_TO_74, "北", "door", DOOR))
                .when(new CloseSession(SESSION, ORG, "door", DOOR.plus(Duration.ofHours(3))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SessionClosed(SESSION, ORG, List.of("r-g"), "door", DOOR.plus(Duration.ofHours(3))));

        List<Object> events = fixture.getEventStore().readEvents(SESSION).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
        AttendanceFiguresProjectionTest.Stores stores = AttendanceFiguresProjectionTest.Stores.fresh();
        AttendanceFiguresProjection projection = stores.projection();
        events.forEach(e -> dispatch(projection, e));

        AttendanceFigures f = stores.sessions().find(SESSION).orElseThrow().figures();
        // Registered: B + companion, the guest (A cancelled) = 3. Came: B + companion = 2; one walk-in; 延べ 3.
        assertThat(f.registered()).isEqualTo(3);
        assertThat(f.attended()).isEqualTo(2);
        assertThat(f.walkIns()).isEqualTo(1);
        assertThat(f.attendances()).isEqualTo(3);
        // The guest, whose check-in was undone, is the one no-show.
        assertThat(f.noShows()).isEqualTo(1);
        // 実人数: B, the companion, the walk-in.
        assertThat(f.distinctPeople()).isEqualTo(3);
        assertThat(f.feeRevenueYen()).isEqualTo(1500);
    }
}
