package jp.yui.domain.transport.command;

import static jp.yui.domain.shared.RuleViolationMatcher.violationOf;
import static jp.yui.domain.transport.TransportExamples.TUE_FRI;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import jp.yui.domain.transport.api.AddStop;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.ChangeServiceCalendar;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.DriverRegistered;
import jp.yui.domain.transport.api.FareKind;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.FareTableSet;
import jp.yui.domain.transport.api.LicenceKind;
import jp.yui.domain.transport.api.RecordUnmetNeed;
import jp.yui.domain.transport.api.RegisterDriver;
import jp.yui.domain.transport.api.RegisterService;
import jp.yui.domain.transport.api.RegisterVehicle;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.ServiceRegistered;
import jp.yui.domain.transport.api.SetFareTable;
import jp.yui.domain.transport.api.StopAdded;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.api.TurnDownReason;
import jp.yui.domain.transport.api.UnmetNeedRecorded;
import jp.yui.domain.transport.api.VehicleRegistered;

/** Services, vehicles, drivers and unmet needs: the organizations' reference data and demand records. */
class ReferenceDataTest {

    private static final String SERVICE = TransportService.idOf("kitaaizu", "fureai");
    private static final BookingDeadline DAY_BEFORE_17 = new BookingDeadline(1, LocalTime.of(17, 0));
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    private final AggregateTestFixture<TransportService> services = new AggregateTestFixture<>(TransportService.class);

    private static ServiceRegistered registered(ServiceKind kind) {
        return new ServiceRegistered(SERVICE, "kitaaizu", "fureai", "北会津ふれあい号", kind, DAY_BEFORE_17, TUE_FRI);
    }

    @Test
    void whenServiceIsRegisteredThenRegistered() {
        services.givenNoPriorActivity()
                .when(new RegisterService(SERVICE, "kitaaizu", "fureai", "北会津ふれあい号", ServiceKind.FIXED_ROUTE,
                        DAY_BEFORE_17, TUE_FRI))
                .expectEvents(registered(ServiceKind.FIXED_ROUTE));
    }

    @Test
    void whenServiceHasNoDaysThenRefused() {
        services.givenNoPriorActivity()
                .when(new RegisterService(SERVICE, "kitaaizu", "fureai", "北会津ふれあい号", ServiceKind.FIXED_ROUTE,
                        DAY_BEFORE_17, new ServiceCalendar(Set.of(), false, Set.of(), Set.of())))
                .expectNoEvents()
                .expectException(violationOf(ServiceIsComplete.class));
    }

    @Test
    void whenStopIsAddedThenAddedWithKanaAndPosition() {
        services.given(registered(ServiceKind.FIXED_ROUTE))
                .when(new AddStop(SERVICE, "kitaaizu", "s1", "北会津支所", "きたあいづししょ", 37.47, 139.90))
                .expectEvents(new StopAdded(SERVICE, "kitaaizu", "s1", "北会津支所", "きたあいづししょ", 37.47, 139.90));
    }

    @Test
    void givenStopWhenAddedAgainThenRefused() {
        services.given(registered(ServiceKind.FIXED_ROUTE),
                        new StopAdded(SERVICE, "kitaaizu", "s1", "北会津支所", "きたあいづししょ", 37.47, 139.90))
                .when(new AddStop(SERVICE, "kitaaizu", "s1", "別の名前", "べつ", 37.0, 139.0))
                .expectNoEvents()
                .expectException(violationOf(StopIsNew.class));
    }

    @Test
    void whenAnotherOrganizationChangesTheServiceThenRefused() {
        services.given(registered(ServiceKind.FIXED_ROUTE))
                .when(new ChangeServiceCalendar(SERVICE, "minato", TUE_FRI, DAY_BEFORE_17))
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }

    @Test
    void whenFareTableIsSetThenItTakesEffectFromItsDate() {
        services.given(registered(ServiceKind.DEMAND_RESPONSIVE))
                .when(new SetFareTable(SERVICE, "kitaaizu", APRIL, FareTable.flat(300)))
                .expectEvents(new FareTableSet(SERVICE, "kitaaizu", APRIL, FareTable.flat(300)));
    }

    @Test
    void givenVolunteerServiceWhenFareTableIsSetThenRefused() {
        services.given(registered(ServiceKind.VOLUNTEER))
                .when(new SetFareTable(SERVICE, "kitaaizu", APRIL, FareTable.flat(500)))
                .expectNoEvents()
                .expectException(violationOf(VolunteerServiceHasNoFareTable.class));
    }

    @Test
    void whenSectionFareTableHasNoPricesThenRefused() {
        services.given(registered(ServiceKind.FIXED_ROUTE))
                .when(new SetFareTable(SERVICE, "kitaaizu", APRIL,
                        new FareTable(FareKind.SECTION, 0, Map.of("s1", 1), List.of(), 0, 0, 0)))
                .expectNoEvents()
                .expectException(violationOf(FareTableIsComplete.class));
    }

    @Test
    void whenVehicleIsRegisteredThenRegistered() {
        new AggregateTestFixture<>(Vehicle.class).givenNoPriorActivity()
                .when(new RegisterVehicle("Vehicle:1", "minato", "会津 500 あ 12-34", 9, 1))
                .expectEvents(new VehicleRegistered("Vehicle:1", "minato", "会津 500 あ 12-34", 9, 1));
    }

    @Test
    void whenVehicleHasNoRegistrationNumberThenRefused() {
        new AggregateTestFixture<>(Vehicle.class).givenNoPriorActivity()
                .when(new RegisterVehicle("Vehicle:1", "minato", " ", 9, 1))
                .expectNoEvents()
                .expectException(violationOf(VehicleHasRegistrationNumber.class));
    }

    @Test
    void whenDriverIsRegisteredThenRegistered() {
        LocalDate expiry = LocalDate.of(2029, 3, 10);
        new AggregateTestFixture<>(Driver.class).registerInjectableResource(jp.yui.domain.shared.ClearVault.INSTANCE).givenNoPriorActivity()
                .when(new RegisterDriver("Driver:1", "minato", "運転 一郎", LicenceKind.CLASS_1, expiry,
                        DriverQualification.MINISTER_APPROVED_COURSE, "driver1"))
                .expectEvents(new DriverRegistered("Driver:1", "minato", jp.yui.domain.shared.ClearVault.INSTANCE.seal("Driver:1", "運転 一郎"),
                        LicenceKind.CLASS_1, expiry,
                        DriverQualification.MINISTER_APPROVED_COURSE, "driver1"));
    }

    @Test
    void whenDriverClaimsClass2QualificationWithAClass1LicenceThenRefused() {
        new AggregateTestFixture<>(Driver.class).registerInjectableResource(jp.yui.domain.shared.ClearVault.INSTANCE).givenNoPriorActivity()
                .when(new RegisterDriver("Driver:1", "minato", "運転 一郎", LicenceKind.CLASS_1, LocalDate.of(2029, 3, 10),
                        DriverQualification.CLASS_2_LICENCE, null))
                .expectNoEvents()
                .expectException(violationOf(DriverHasLicence.class));
    }

    private static DriverRegistered driverRegistered() {
        return new DriverRegistered("Driver:1", "minato", jp.yui.domain.shared.ClearVault.INSTANCE.seal("Driver:1", "運転 一郎"),
                LicenceKind.CLASS_1, LocalDate.of(2029, 3, 10), DriverQualification.MINISTER_APPROVED_COURSE, "driver1");
    }

    @Test
    void givenDutyRecordsOlderThanTheirRetentionWhenDriverIsErasedThenErased() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        new AggregateTestFixture<>(Driver.class).given(driverRegistered())
                .when(new jp.yui.domain.transport.api.EraseDriver("Driver:1", "minato", "admin1",
                        LocalDate.of(2025, 11, 22), LocalDate.of(2024, 11, 22), today))
                .expectEvents(new jp.yui.domain.transport.api.DriverErased("Driver:1", "minato", "admin1", today));
    }

    @Test
    void givenADutyWithinTheYearWhenDriverIsErasedThenRefused() {
        new AggregateTestFixture<>(Driver.class).given(driverRegistered())
                .when(new jp.yui.domain.transport.api.EraseDriver("Driver:1", "minato", "admin1",
                        LocalDate.of(2025, 11, 23), null, LocalDate.of(2026, 11, 23)))
                .expectNoEvents()
                .expectException(violationOf(DriverRecordsHaveExpired.class));
    }

    @Test
    void givenAnAccidentWithinTwoYearsWhenDriverIsErasedThenRefused() {
        new AggregateTestFixture<>(Driver.class).given(driverRegistered())
                .when(new jp.yui.domain.transport.api.EraseDriver("Driver:1", "minato", "admin1", null,
                        LocalDate.of(2025, 1, 10), LocalDate.of(2026, 11, 23)))
                .expectNoEvents()
                .expectException(violationOf(DriverRecordsHaveExpired.class));
    }

    @Test
    void whenAnotherOrganizationErasesTheDriverThenRefused() {
        new AggregateTestFixture<>(Driver.class).given(driverRegistered())
                .when(new jp.yui.domain.transport.api.EraseDriver("Driver:1", "oto", "admin1", null, null,
                        LocalDate.of(2026, 11, 23)))
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }

    @Test
    void whenUnmetNeedIsRecordedThenRecorded() {
        java.time.LocalDateTime at = LocalDate.of(2026, 11, 20).atTime(10, 0);
        LocalDate wanted = LocalDate.of(2026, 11, 23);
        new AggregateTestFixture<>(UnmetNeed.class).registerInjectableResource(jp.yui.domain.shared.ClearVault.INSTANCE).givenNoPriorActivity()
                .when(new RecordUnmetNeed("UnmetNeed:1", "oto", null, "Resident:1", "operator1", wanted,
                        TripPurpose.HOSPITAL, TurnDownReason.NO_SERVICE_THAT_DAY, "祝日の通院", at))
                .expectEvents(new UnmetNeedRecorded("UnmetNeed:1", "oto", null, "Resident:1", "operator1", wanted,
                        TripPurpose.HOSPITAL, TurnDownReason.NO_SERVICE_THAT_DAY,
                        jp.yui.domain.shared.ClearVault.INSTANCE.seal("Resident:1", "祝日の通院"), at));
    }

    @Test
    void whenUnmetNeedHasNoReasonThenRefused() {
        new AggregateTestFixture<>(UnmetNeed.class).registerInjectableResource(jp.yui.domain.shared.ClearVault.INSTANCE).givenNoPriorActivity()
                .when(new RecordUnmetNeed("UnmetNeed:1", "oto", null, null, "operator1", LocalDate.of(2026, 11, 23),
                        TripPurpose.HOSPITAL, null, null, LocalDate.of(2026, 11, 20).atTime(10, 0)))
                .expectNoEvents()
                .expectException(violationOf(UnmetNeedHasReason.class));
    }

    @Test
    void whenAnotherOrganizationAddsAStopThenRefused() {
        services.given(registered(ServiceKind.FIXED_ROUTE))
                .when(new AddStop(SERVICE, "minato", "s1", "北会津支所", "きたあいづししょ", 37.47, 139.90))
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }

    @Test
    void whenAnotherOrganizationSetsAFareTableThenRefused() {
        services.given(registered(ServiceKind.DEMAND_RESPONSIVE))
                .when(new SetFareTable(SERVICE, "minato", APRIL, FareTable.flat(300)))
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }

    @Test
    void whenServiceCalendarIsChangedToNoDaysThenRefused() {
        services.given(registered(ServiceKind.FIXED_ROUTE))
                .when(new ChangeServiceCalendar(SERVICE, "kitaaizu",
                        new ServiceCalendar(Set.of(), false, Set.of(), Set.of()), DAY_BEFORE_17))
                .expectNoEvents()
                .expectException(violationOf(ServiceIsComplete.class));
    }

    @Test
    void aServiceIdIsOneCodeOfOneOrganization() {
        org.assertj.core.api.Assertions.assertThat(TransportService.idOf("kitaaizu", "fureai"))
                .isEqualTo(TransportService.idOf("kitaaizu", "fureai"))
                .isNotEqualTo(TransportService.idOf("minato", "fureai"))
                .isNotEqualTo(TransportService.idOf("kitaaizu", "bus"))
                .startsWith(TransportService.ID_TYPE + ":");
    }

    @Test
    void whenVehicleHasNoSeatsThenRefused() {
        new AggregateTestFixture<>(Vehicle.class).givenNoPriorActivity()
                .when(new RegisterVehicle("Vehicle:1", "minato", "会津 500 あ 12-34", 0, 0))
                .expectNoEvents()
                .expectException(violationOf(RunNeedsSeats.class));
    }
}
