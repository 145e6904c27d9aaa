package jp.yui.domain.attendance.command;

import static jp.yui.domain.shared.RuleViolationMatcher.violationOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import jp.yui.domain.attendance.api.AcceptOffer;
import jp.yui.domain.attendance.api.AgeBand;
import jp.yui.domain.attendance.api.AttendeeCheckedIn;
import jp.yui.domain.attendance.api.AttendeeDataErased;
import jp.yui.domain.attendance.api.AttendeeRegistered;
import jp.yui.domain.attendance.api.AttendeeWaitlisted;
import jp.yui.domain.attendance.api.CancelRegistration;
import jp.yui.domain.attendance.api.CheckIn;
import jp.yui.domain.attendance.api.CheckInUndone;
import jp.yui.domain.attendance.api.CloseSession;
import jp.yui.domain.attendance.api.CreateSeries;
import jp.yui.domain.attendance.api.EraseAttendeeData;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.attendance.api.LapseOffer;
import jp.yui.domain.attendance.api.RecordWalkIn;
import jp.yui.domain.attendance.api.RegisterAttendee;
import jp.yui.domain.attendance.api.RegistrationCancelled;
import jp.yui.domain.attendance.api.ScheduleSession;
import jp.yui.domain.attendance.api.SeriesCreated;
import jp.yui.domain.attendance.api.SessionClosed;
import jp.yui.domain.attendance.api.SessionScheduled;
import jp.yui.domain.attendance.api.UndoCheckIn;
import jp.yui.domain.attendance.api.WaitlistOfferLapsed;
import jp.yui.domain.attendance.api.WaitlistPlaceOffered;
import jp.yui.domain.attendance.api.WalkInCheckedIn;
import jp.yui.domain.shared.BelongsToOrganization;
import jp.yui.domain.shared.ClearVault;
import jp.yui.domain.shared.Sealed;

/** A session's registrations, waitlist and offers, door check-ins and close: one fixture per rule. */
class EventSessionTest {

    static final String ORG = "kato";
    static final String SERIES = "EventSeries:kenko";
    static final String SESSION = "EventSession:kenko-1";
    static final LocalDateTime STARTS = LocalDateTime.of(2025, 6, 10, 10, 0);
    static final Instant AT = Instant.parse("2025-06-01T01:00:00Z");
    static final Duration HOLD = Duration.ofHours(24);

    private final AggregateTestFixture<EventSession> fixture = new AggregateTestFixture<>(EventSession.class);

    {
        fixture.registerInjectableResource(ClearVault.INSTANCE);
    }

    static SessionScheduled scheduled(int capacity) {
        return new SessionScheduled(SESSION, ORG, SERIES, 1, "河東公民館", STARTS, STARTS.plusHours(2), capacity, 0,
                "65歳以上", HOLD, "office");
    }

    static RegisterAttendee register(String registrationId, String residentId, int companions, boolean waitlist) {
        return new RegisterAttendee(SESSION, ORG, registrationId, residentId, null, null, null, companions, waitlist,
                "office", AT);
    }

    static AttendeeRegistered registered(String registrationId, String residentId, int companions) {
        return new AttendeeRegistered(SESSION, ORG, registrationId, residentId, null, null, null, companions, false,
                "office", AT);
    }

    static AttendeeWaitlisted waitlisted(String registrationId, String residentId, int companions) {
        return new AttendeeWaitlisted(SESSION, ORG, registrationId, residentId, null, null, null, companions,
                "office", AT);
    }

    static AttendeeCheckedIn checkedIn(String checkInId, String registrationId) {
        return new AttendeeCheckedIn(SESSION, ORG, checkInId, registrationId, 0, "door", AT);
    }

    @Test
    void whenSeriesIsCreatedThenTheOrganizerIsNotListedAmongTheParticipants() {
        new AggregateTestFixture<>(EventSeries.class).givenNoPriorActivity()
                .when(new CreateSeries(SERIES, "city", "地域づくりフェス", null, List.of("city", "kato", "kita"), "office"))
                .expectEvents(new SeriesCreated(SERIES, "city", "地域づくりフェス", null, List.of("kato", "kita"),
                        "office"));
    }

    @Test
    void whenSessionIsScheduledThenScheduled() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(SESSION, ORG, SERIES, 1, "河東公民館", STARTS, STARTS.plusHours(2), 30, 0,
                        "65歳以上", HOLD, "office"))
                .expectEvents(scheduled(30));
    }

    @Test
    void whenSessionHasNoPlacesThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(SESSION, ORG, SERIES, 1, "河東公民館", STARTS, STARTS.plusHours(2), 0, 0,
                        null, HOLD, "office"))
                .expectNoEvents().expectException(violationOf(CapacityIsPositive.class));
    }

    @Test
    void whenFeeIsNegativeThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(SESSION, ORG, SERIES, 1, "河東公民館", STARTS, STARTS.plusHours(2), 30, -500,
                        null, HOLD, "office"))
                .expectNoEvents().expectException(violationOf(FeeIsNotNegative.class));
    }

    @Test
    void whenGuestIsRegisteredThenTheNameIsSealedWithTheRegistrationAsSubject() {
        GuestDetails guest = new GuestDetails("会津 一郎", "アイヅ イチロウ", "0242-11-2222");
        fixture.given(scheduled(30))
                .when(new RegisterAttendee(SESSION, ORG, "reg-g", null, guest, AgeBand.FROM_65_TO_74, "河東", 1,
                        false, "office", AT))
                .expectEvents(new AttendeeRegistered(SESSION, ORG, "reg-g", null,
                        sealed("reg-g", guest), AgeBand.FROM_65_TO_74, "河東", 1, false, "office",
                        AT));
    }

    @Test
    void whenRegistrationNamesNobodyThenRefused() {
        fixture.given(scheduled(30))
                .when(register("reg-1", null, 0, false))
                .expectNoEvents().expectException(violationOf(RegistrantIsNamed.class));
    }

    @Test
    void whenCompanionsAreNegativeThenRefused() {
        fixture.given(scheduled(30))
                .when(register("reg-1", "Resident:a", -1, false))
                .expectNoEvents().expectException(violationOf(CompanionsAreNotNegative.class));
    }

    @Test
    void givenTwoPlacesLeftWhenThreeComeThenRefusedWithoutTheWaitlist() {
        fixture.given(scheduled(4), registered("reg-1", "Resident:a", 1))
                .when(register("reg-2", "Resident:b", 2, false))
                .expectNoEvents().expectException(violationOf(SessionHasPlacesLeft.class));
    }

    @Test
    void givenTwoPlacesLeftWhenTwoComeThenRegistered() {
        fixture.given(scheduled(4), registered("reg-1", "Resident:a", 1))
                .when(register("reg-2", "Resident:b", 1, false))
                .expectEvents(registered("reg-2", "Resident:b", 1));
    }

    @Test
    void givenSessionFullWhenWaitlistIsAskedForThenWaitlisted() {
        fixture.given(scheduled(2), registered("reg-1", "Resident:a", 1))
                .when(register("reg-2", "Resident:b", 0, true))
                .expectEvents(waitlisted("reg-2", "Resident:b", 0));
    }

    @Test
    void givenSomeoneWaitingWhenANewcomerWouldFitThenTheNewcomerWaitsBehind() {
        // One place is free but the first waiting party is two people: the place is not given to a newcomer.
        fixture.given(scheduled(3), registered("reg-1", "Resident:a", 1), waitlisted("reg-2", "Resident:b", 1))
                .when(register("reg-3", "Resident:c", 0, true))
                .expectEvents(waitlisted("reg-3", "Resident:c", 0));
    }

    @Test
    void whenPartyIsLargerThanTheSessionThenRefusedEvenForTheWaitlist() {
        fixture.given(scheduled(3))
                .when(register("reg-1", "Resident:a", 3, true))
                .expectNoEvents().expectException(violationOf(PartyFitsTheSession.class));
    }

    @Test
    void givenResidentRegisteredWhenRegisteredAgainUnderAnotherIdThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0))
                .when(register("reg-2", "Resident:a", 0, false))
                .expectNoEvents().expectException(violationOf(ResidentIsRegisteredOnce.class));
    }

    @Test
    void givenRegistrationWhenTheSameIdIsSentAgainThenNothingIsRecorded() {
        fixture.given(scheduled(1), registered("reg-1", "Resident:a", 0))
                .when(register("reg-1", "Resident:a", 0, false))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenTwoWaitingWhenAPlaceIsFreedThenTheFirstIsOfferedIt() {
        fixture.given(scheduled(2), registered("reg-1", "Resident:a", 1), waitlisted("reg-2", "Resident:b", 0),
                        waitlisted("reg-3", "Resident:c", 0))
                .when(new CancelRegistration(SESSION, ORG, "reg-1", "office", AT))
                .expectEvents(new RegistrationCancelled(SESSION, ORG, "reg-1", 2, "office", AT),
                        new WaitlistPlaceOffered(SESSION, ORG, "reg-2", 1, AT.plus(HOLD), AT),
                        new WaitlistPlaceOffered(SESSION, ORG, "reg-3", 1, AT.plus(HOLD), AT));
    }

    @Test
    void givenFirstWaitingPartyTooLargeWhenAPlaceIsFreedThenNobodyBehindItJumpsAhead() {
        fixture.given(scheduled(3), registered("reg-1", "Resident:a", 0), registered("reg-2", "Resident:b", 1),
                        waitlisted("reg-3", "Resident:c", 1), waitlisted("reg-4", "Resident:d", 0))
                .when(new CancelRegistration(SESSION, ORG, "reg-1", "office", AT))
                .expectEvents(new RegistrationCancelled(SESSION, ORG, "reg-1", 1, "office", AT));
    }

    @Test
    void givenOfferWhenAcceptedBeforeExpiryThenRegisteredFromTheWaitlist() {
        fixture.given(scheduled(1), registered("reg-1", "Resident:a", 0), waitlisted("reg-2", "Resident:b", 0),
                        new RegistrationCancelled(SESSION, ORG, "reg-1", 1, "office", AT),
                        new WaitlistPlaceOffered(SESSION, ORG, "reg-2", 1, AT.plus(HOLD), AT))
                .when(new AcceptOffer(SESSION, ORG, "reg-2", "office", AT.plus(HOLD).minusSeconds(1)))
                .expectEvents(new AttendeeRegistered(SESSION, ORG, "reg-2", "Resident:b", null, null, null, 0, true,
                        "office", AT.plus(HOLD).minusSeconds(1)));
    }

    @Test
    void givenOfferWhenAcceptedAfterExpiryThenRefused() {
        fixture.given(scheduled(1), waitlisted("reg-2", "Resident:b", 0),
                        new WaitlistPlaceOffered(SESSION, ORG, "reg-2", 1, AT.plus(HOLD), AT))
                .when(new AcceptOffer(SESSION, ORG, "reg-2", "office", AT.plus(HOLD)))
                .expectNoEvents().expectException(violationOf(OfferIsOpen.class));
    }

    @Test
    void givenNoOfferWhenAcceptedThenRefused() {
        fixture.given(scheduled(1), registered("reg-1", "Resident:a", 0), waitlisted("reg-2", "Resident:b", 0))
                .when(new AcceptOffer(SESSION, ORG, "reg-2", "office", AT))
                .expectNoEvents().expectException(violationOf(OfferIsOpen.class));
    }

    @Test
    void givenOfferWhenLapsedBeforeExpiryThenRefused() {
        fixture.given(scheduled(1), waitlisted("reg-2", "Resident:b", 0),
                        new WaitlistPlaceOffered(SESSION, ORG, "reg-2", 1, AT.plus(HOLD), AT))
                .when(new LapseOffer(SESSION, ORG, "reg-2", AT.plus(HOLD).minusSeconds(1)))
                .expectNoEvents().expectException(violationOf(OfferHasExpired.class));
    }

    @Test
    void givenExpiredOfferWhenLapsedThenTheNextIsOfferedThePlace() {
        Instant later = AT.plus(HOLD);
        fixture.given(scheduled(1), waitlisted("reg-2", "Resident:b", 0), waitlisted("reg-3", "Resident:c", 0),
                        new WaitlistPlaceOffered(SESSION, ORG, "reg-2", 1, AT.plus(HOLD), AT))
                .when(new LapseOffer(SESSION, ORG, "reg-2", later))
                .expectEvents(new WaitlistOfferLapsed(SESSION, ORG, "reg-2", later),
                        new WaitlistPlaceOffered(SESSION, ORG, "reg-3", 1, later.plus(HOLD), later));
    }

    @Test
    void givenRegistrationWhenCheckedInThenCheckedInWithItsCompanions() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 2))
                .when(new CheckIn(SESSION, ORG, "chk-1", "reg-1", null, "door", AT))
                .expectEvents(new AttendeeCheckedIn(SESSION, ORG, "chk-1", "reg-1", 2, "door", AT));
    }

    @Test
    void givenCheckInWhenTheSameIdIsSentAgainThenNothingIsRecorded() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0), checkedIn("chk-1", "reg-1"))
                .when(new CheckIn(SESSION, ORG, "chk-1", "reg-1", null, "door", AT))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenCheckInWhenTheSameIdIsSentAgainAfterTheCloseThenNothingIsRecordedAndNothingRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0), checkedIn("chk-1", "reg-1"),
                        new SessionClosed(SESSION, ORG, List.of(), "door", AT))
                .when(new CheckIn(SESSION, ORG, "chk-1", "reg-1", null, "door", AT))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenCheckInWhenTheSamePersonIsCheckedInUnderAnotherIdThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0), checkedIn("chk-1", "reg-1"))
                .when(new CheckIn(SESSION, ORG, "chk-2", "reg-1", null, "door", AT))
                .expectNoEvents().expectException(violationOf(RegistrationIsNotCheckedIn.class));
    }

    @Test
    void givenCancelledRegistrationWhenCheckedInThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0),
                        new RegistrationCancelled(SESSION, ORG, "reg-1", 1, "office", AT))
                .when(new CheckIn(SESSION, ORG, "chk-1", "reg-1", null, "door", AT))
                .expectNoEvents().expectException(violationOf(RegistrationIsNotCancelled.class));
    }

    @Test
    void givenWaitlistedRegistrationWhenCheckedInThenRefused() {
        fixture.given(scheduled(1), registered("reg-1", "Resident:a", 0), waitlisted("reg-2", "Resident:b", 0))
                .when(new CheckIn(SESSION, ORG, "chk-1", "reg-2", null, "door", AT))
                .expectNoEvents().expectException(violationOf(RegistrationIsRegistered.class));
    }

    @Test
    void whenUnknownRegistrationIsCheckedInThenRefused() {
        fixture.given(scheduled(30))
                .when(new CheckIn(SESSION, ORG, "chk-1", "reg-x", null, "door", AT))
                .expectNoEvents().expectException(violationOf(RegistrationIsKnown.class));
    }

    @Test
    void whenWalkInGivesANameThenItIsSealedWithTheCheckInAsSubject() {
        GuestDetails name = new GuestDetails("北 花子", null, null);
        fixture.given(scheduled(30))
                .when(new RecordWalkIn(SESSION, ORG, "chk-w", null, name, AgeBand.FROM_75_TO_84, "北", "door", AT))
                .expectEvents(new WalkInCheckedIn(SESSION, ORG, "chk-w", null, sealed("chk-w", name),
                        AgeBand.FROM_75_TO_84, "北", "door", AT));
    }

    @Test
    void whenWalkInIsNotAskedTheDistrictThenRefused() {
        fixture.given(scheduled(30))
                .when(new RecordWalkIn(SESSION, ORG, "chk-w", null, null, AgeBand.UNKNOWN, " ", "door", AT))
                .expectNoEvents().expectException(violationOf(WalkInIsDescribed.class));
    }

    @Test
    void givenWalkInWhenTheSameIdIsSentAgainThenNothingIsRecorded() {
        fixture.given(scheduled(30),
                        new WalkInCheckedIn(SESSION, ORG, "chk-w", null, null, AgeBand.UNKNOWN, "北", "door", AT))
                .when(new RecordWalkIn(SESSION, ORG, "chk-w", null, null, AgeBand.UNKNOWN, "北", "door", AT))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenCheckInWhenUndoneThenUndoneAsItsOwnFact() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0), checkedIn("chk-1", "reg-1"))
                .when(new UndoCheckIn(SESSION, ORG, "chk-1", "押し間違い", "door", AT))
                .expectEvents(new CheckInUndone(SESSION, ORG, "chk-1", "reg-1", "押し間違い", "door", AT));
    }

    @Test
    void givenUndoneCheckInWhenCheckedInAgainThenCheckedIn() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0), checkedIn("chk-1", "reg-1"),
                        new CheckInUndone(SESSION, ORG, "chk-1", "reg-1", "押し間違い", "door", AT))
                .when(new CheckIn(SESSION, ORG, "chk-2", "reg-1", null, "door", AT))
                .expectEvents(new AttendeeCheckedIn(SESSION, ORG, "chk-2", "reg-1", 0, "door", AT));
    }

    @Test
    void whenUnknownCheckInIsUndoneThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0))
                .when(new UndoCheckIn(SESSION, ORG, "chk-1", "押し間違い", "door", AT))
                .expectNoEvents().expectException(violationOf(CheckInIsUndoable.class));
    }

    @Test
    void givenUndoneCheckInWhenUndoneAgainThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0), checkedIn("chk-1", "reg-1"),
                        new CheckInUndone(SESSION, ORG, "chk-1", "reg-1", "押し間違い", "door", AT))
                .when(new UndoCheckIn(SESSION, ORG, "chk-1", "押し間違い", "door", AT))
                .expectNoEvents().expectException(violationOf(CheckInIsUndoable.class));
    }

    @Test
    void givenUndoWithTheTabletsIdWhenTheSameUndoIsSentAgainThenNothingMoreIsRecorded() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0), checkedIn("chk-1", "reg-1"),
                        new CheckInUndone(SESSION, ORG, "chk-1", "reg-1", "押し間違い", "door", AT, "undo-0001"))
                .when(new UndoCheckIn(SESSION, ORG, "chk-1", "押し間違い", "door", AT, "undo-0001"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenUndoneCheckInWhenUndoneAgainUnderAnotherIdThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0), checkedIn("chk-1", "reg-1"),
                        new CheckInUndone(SESSION, ORG, "chk-1", "reg-1", "押し間違い", "door", AT, "undo-0001"))
                .when(new UndoCheckIn(SESSION, ORG, "chk-1", "押し間違い", "door", AT, "undo-0002"))
                .expectNoEvents().expectException(violationOf(CheckInIsUndoable.class));
    }

    @Test
    void givenCheckInWhenUndoneWithTheTabletsIdThenTheIdIsKeptInTheFact() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0), checkedIn("chk-1", "reg-1"))
                .when(new UndoCheckIn(SESSION, ORG, "chk-1", "押し間違い", "door", AT, "undo-0001"))
                .expectEvents(new CheckInUndone(SESSION, ORG, "chk-1", "reg-1", "押し間違い", "door", AT, "undo-0001"));
    }

    @Test
    void givenClosedSessionWhenCheckedInThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0),
                        new SessionClosed(SESSION, ORG, List.of("reg-1"), "door", AT))
                .when(new CheckIn(SESSION, ORG, "chk-1", "reg-1", null, "door", AT))
                .expectNoEvents().expectException(violationOf(SessionIsOpen.class));
    }

    @Test
    void givenClosedSessionWhenAWalkInComesThenRefused() {
        fixture.given(scheduled(30), new SessionClosed(SESSION, ORG, List.of(), "door", AT))
                .when(new RecordWalkIn(SESSION, ORG, "chk-w", null, null, AgeBand.UNKNOWN, "北", "door", AT))
                .expectNoEvents().expectException(violationOf(SessionIsOpen.class));
    }

    @Test
    void whenClosedThenTheNoShowsAreDerived() {
        // reg-1 came, reg-2 cancelled, reg-3 checked in by mistake (undone), reg-4 never came, reg-5 still waiting.
        fixture.given(scheduled(4), registered("reg-1", "Resident:a", 0), registered("reg-2", "Resident:b", 0),
                        registered("reg-3", "Resident:c", 0), registered("reg-4", "Resident:d", 0),
                        waitlisted("reg-5", "Resident:e", 0),
                        new RegistrationCancelled(SESSION, ORG, "reg-2", 1, "office", AT),
                        checkedIn("chk-1", "reg-1"), checkedIn("chk-3", "reg-3"),
                        new CheckInUndone(SESSION, ORG, "chk-3", "reg-3", "別人", "door", AT))
                .when(new CloseSession(SESSION, ORG, "door", AT))
                .expectEvents(new SessionClosed(SESSION, ORG, List.of("reg-3", "reg-4"), "door", AT));
    }

    @Test
    void givenClosedSessionWhenClosedAgainThenRefused() {
        fixture.given(scheduled(30), new SessionClosed(SESSION, ORG, List.of(), "door", AT))
                .when(new CloseSession(SESSION, ORG, "door", AT))
                .expectNoEvents().expectException(violationOf(SessionIsOpen.class));
    }

    @Test
    void whenAnotherOrganizationChecksInThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0))
                .when(new CheckIn(SESSION, "kita", "chk-1", "reg-1", null, "door", AT))
                .expectNoEvents().expectException(violationOf(BelongsToOrganization.class));
    }

    @Test
    void whenSeriesHasNoTitleThenRefused() {
        new AggregateTestFixture<>(EventSeries.class).givenNoPriorActivity()
                .when(new CreateSeries(SERIES, ORG, " ", null, List.of(), "office"))
                .expectNoEvents().expectException(violationOf(SeriesIsTitled.class));
    }

    @Test
    void whenSessionEndsBeforeItStartsThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(SESSION, ORG, SERIES, 1, "河東公民館", STARTS, STARTS.minusHours(1), 30, 0,
                        null, HOLD, "office"))
                .expectNoEvents().expectException(violationOf(SessionIsDescribed.class));
    }

    @Test
    void whenSessionHasNoVenueThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(SESSION, ORG, SERIES, 1, "", STARTS, null, 30, 0, null, HOLD, "office"))
                .expectNoEvents().expectException(violationOf(SessionIsDescribed.class));
    }

    @Test
    void whenOffersAreHeldForNoTimeThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSession(SESSION, ORG, SERIES, 1, "河東公民館", STARTS, null, 30, 0, null,
                        Duration.ZERO, "office"))
                .expectNoEvents().expectException(violationOf(OfferHoldIsPositive.class));
    }

    @Test
    void whenCheckInIsUndoneWithoutAReasonThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0), checkedIn("chk-1", "reg-1"))
                .when(new UndoCheckIn(SESSION, ORG, "chk-1", "", "door", AT))
                .expectNoEvents().expectException(violationOf(ReasonIsGiven.class));
    }

    @Test
    void givenCancelledRegistrationWhenCancelledAgainThenNothingIsRecorded() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0),
                        new RegistrationCancelled(SESSION, ORG, "reg-1", 1, "office", AT))
                .when(new CancelRegistration(SESSION, ORG, "reg-1", "office", AT))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenWaitlistedWithoutOfferWhenCancelledThenNoPlaceIsFreed() {
        fixture.given(scheduled(1), registered("reg-1", "Resident:a", 0), waitlisted("reg-2", "Resident:b", 0),
                        waitlisted("reg-3", "Resident:c", 0))
                .when(new CancelRegistration(SESSION, ORG, "reg-2", "office", AT))
                .expectEvents(new RegistrationCancelled(SESSION, ORG, "reg-2", 0, "office", AT));
    }

    @Test
    void givenOfferWhenTheOfferedPersonCancelsThenTheNextIsOffered() {
        fixture.given(scheduled(1), waitlisted("reg-2", "Resident:b", 0), waitlisted("reg-3", "Resident:c", 0),
                        new WaitlistPlaceOffered(SESSION, ORG, "reg-2", 1, AT.plus(HOLD), AT))
                .when(new CancelRegistration(SESSION, ORG, "reg-2", "office", AT))
                .expectEvents(new RegistrationCancelled(SESSION, ORG, "reg-2", 1, "office", AT),
                        new WaitlistPlaceOffered(SESSION, ORG, "reg-3", 1, AT.plus(HOLD), AT));
    }

    @Test
    void givenGuestWhenErasedThenTheKeyIsToBeDestroyedEvenAfterTheClose() {
        GuestDetails guest = new GuestDetails("会津 一郎", null, null);
        fixture.given(scheduled(30), new AttendeeRegistered(SESSION, ORG, "reg-g", null,
                                sealed("reg-g", guest), null, null, 0, false, "office", AT),
                        new SessionClosed(SESSION, ORG, List.of("reg-g"), "door", AT))
                .when(new EraseAttendeeData(SESSION, ORG, "reg-g", "office", AT))
                .expectEvents(new AttendeeDataErased(SESSION, ORG, "reg-g", "office", AT));
    }

    @Test
    void givenErasedGuestWhenErasedAgainThenNothingIsRecorded() {
        fixture.given(scheduled(30), new AttendeeRegistered(SESSION, ORG, "reg-g", null,
                                sealed("reg-g", new GuestDetails("会津 一郎", null, null)), null, null,
                                0, false, "office", AT),
                        new AttendeeDataErased(SESSION, ORG, "reg-g", "office", AT))
                .when(new EraseAttendeeData(SESSION, ORG, "reg-g", "office", AT))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void whenAResidentsRegistrationIsErasedHereThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0))
                .when(new EraseAttendeeData(SESSION, ORG, "reg-1", "office", AT))
                .expectNoEvents().expectException(violationOf(SubjectHasSealedData.class));
    }

    @Test
    void givenNamedWalkInWhenErasedThenErased() {
        fixture.given(scheduled(30), new WalkInCheckedIn(SESSION, ORG, "chk-w", null,
                        sealed("chk-w", new GuestDetails("北 花子", null, null)), AgeBand.UNKNOWN, "北",
                        "door", AT))
                .when(new EraseAttendeeData(SESSION, ORG, "chk-w", "office", AT))
                .expectEvents(new AttendeeDataErased(SESSION, ORG, "chk-w", "office", AT));
    }

    @Test
    void givenRegisteredResidentWhenTheyAreRecordedAsAWalkInThenRefused() {
        fixture.given(scheduled(30), registered("reg-1", "Resident:a", 0))
                .when(new RecordWalkIn(SESSION, ORG, "chk-w", "Resident:a", null, AgeBand.UNKNOWN, "河東", "door", AT))
                .expectNoEvents().expectException(violationOf(ResidentComesInOnce.class));
    }

    @Test
    void givenResidentInAsAWalkInWhenTheyWalkInAgainUnderAnotherIdThenRefused() {
        fixture.given(scheduled(30),
                        new WalkInCheckedIn(SESSION, ORG, "chk-w", "Resident:a", null, AgeBand.UNKNOWN, "河東", "door",
                                AT))
                .when(new RecordWalkIn(SESSION, ORG, "chk-w2", "Resident:a", null, AgeBand.UNKNOWN, "河東", "door",
                        AT))
                .expectNoEvents().expectException(violationOf(ResidentComesInOnce.class));
    }

    @Test
    void givenResidentWhoWalkedInWhenTheWalkInIsUndoneThenTheyMayWalkInAgain() {
        fixture.given(scheduled(30),
                        new WalkInCheckedIn(SESSION, ORG, "chk-w", "Resident:a", null, AgeBand.UNKNOWN, "河東", "door",
                                AT),
                        new CheckInUndone(SESSION, ORG, "chk-w", null, "別の回", "door", AT))
                .when(new RecordWalkIn(SESSION, ORG, "chk-w2", "Resident:a", null, AgeBand.UNKNOWN, "河東", "door",
                        AT))
                .expectEvents(new WalkInCheckedIn(SESSION, ORG, "chk-w2", "Resident:a", null, AgeBand.UNKNOWN, "河東",
                        "door", AT));
    }

    /** What the session seals under a registration's or check-in's id: its own subject in the vault. */
    private static Sealed sealed(String id, Object details) {
        return ClearVault.INSTANCE.seal(AttendeeDataErased.vaultSubject(SESSION, id), details);
    }
}
