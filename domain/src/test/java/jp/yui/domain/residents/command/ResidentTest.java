package jp.yui.domain.residents.command;

import static jp.yui.domain.shared.RuleViolationMatcher.violationOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import jp.yui.domain.residents.api.ChangeResidentDetails;
import jp.yui.domain.residents.api.ConsentKind;
import jp.yui.domain.residents.api.ConsentRecorded;
import jp.yui.domain.residents.api.EmergencyContact;
import jp.yui.domain.residents.api.MobilityNeed;
import jp.yui.domain.residents.api.RecordConsent;
import jp.yui.domain.residents.api.RegisterResident;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.api.ResidentDetailsChanged;
import jp.yui.domain.residents.api.ResidentRegistered;
import jp.yui.domain.residents.api.EraseResident;
import jp.yui.domain.residents.api.ResidentErased;

class ResidentTest {

    private static final LocalDate BORN = LocalDate.of(1941, 6, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final AggregateTestFixture<Resident> fixture = new AggregateTestFixture<>(Resident.class);

    {
        fixture.registerInjectableResource(jp.yui.domain.shared.ClearVault.INSTANCE);
        fixture.registerInjectableResource(java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T01:00:00Z"),
                java.time.ZoneOffset.UTC));
    }

    static ResidentDetails details(String kana, String phone) {
        return new ResidentDetails("湊 花子", kana, List.of(phone), "湊町大字赤井字中村 1", 37.45, 140.02,
                Set.of(MobilityNeed.WALKER), new EmergencyContact("湊 太郎", "長男", "090-1234-5678"), "玄関まで迎え");
    }

    private static ResidentRegistered registered() {
        return new ResidentRegistered("Resident:1", "minato", "M-0012",
                jp.yui.domain.shared.ClearVault.INSTANCE.seal("Resident:1", details("みなと はなこ", "0242-95-1234")), BORN,
                "湊", "operator1");
    }

    @Test
    void whenResidentIsRegisteredThenRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResident("Resident:1", "minato", "M-0012", details("みなと はなこ", "0242-95-1234"),
                        BORN, "湊", "operator1"))
                .expectEvents(registered());
    }

    @Test
    void whenKanaIsNotKanaThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResident("Resident:1", "minato", "M-0012", details("湊 花子", "0242-95-1234"), BORN,
                        "湊", "operator1"))
                .expectNoEvents()
                .expectException(violationOf(ResidentDetailsAreUsable.class));
    }

    @Test
    void whenPhoneNumberHasTooFewDigitsThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResident("Resident:1", "minato", "M-0012", details("ミナト ハナコ", "95-1234"), BORN,
                        "湊", "operator1"))
                .expectNoEvents()
                .expectException(violationOf(ResidentDetailsAreUsable.class));
    }

    @Test
    void whenMemberNumberIsMissingThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterResident("Resident:1", "minato", "", details("ミナト ハナコ", "0242951234"), BORN,
                        "湊", "operator1"))
                .expectNoEvents()
                .expectException(violationOf(ResidentHasMemberNumber.class));
    }

    @Test
    void whenDetailsChangeThenChanged() {
        ResidentDetails moved = details("ﾐﾅﾄ ﾊﾅｺ", "080-9999-0000");
        fixture.given(registered())
                .when(new ChangeResidentDetails("Resident:1", "minato", moved, "operator2"))
                .expectEvents(new ResidentDetailsChanged("Resident:1", "minato", jp.yui.domain.shared.ClearVault.INSTANCE.seal("Resident:1", moved),
                        "operator2"));
    }

    @Test
    void whenAnotherOrganizationChangesTheResidentThenRefused() {
        fixture.given(registered())
                .when(new ChangeResidentDetails("Resident:1", "oto", details("みなと", "0242951234"), "x"))
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }

    @Test
    void whenConsentIsGivenThenRecordedWithDateAndWhoRecordedIt() {
        fixture.given(registered())
                .when(new RecordConsent("Resident:1", "minato", ConsentKind.WATCH_OVER, true, TODAY, "operator1"))
                .expectEvents(new ConsentRecorded("Resident:1", "minato", ConsentKind.WATCH_OVER, true, TODAY,
                        "operator1"));
    }

    @Test
    void whenResidentIsErasedThenErasedOnceAndNotChangedAfterwards() {
        ResidentErased erased = new ResidentErased("Resident:1", "minato", "admin1",
                java.time.Instant.parse("2026-11-23T01:00:00Z"));
        fixture.given(registered())
                .when(new EraseResident("Resident:1", "minato", "admin1"))
                .expectEvents(erased);
        fixture.given(registered(), erased)
                .when(new EraseResident("Resident:1", "minato", "admin1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(registered(), erased)
                .when(new ChangeResidentDetails("Resident:1", "minato", details("みなと", "0242951234"), "x"))
                .expectNoEvents()
                .expectException(violationOf(ResidentIsNotErased.class));
    }

    @Test
    void whenConsentHasNoDateThenRefused() {
        fixture.given(registered())
                .when(new RecordConsent("Resident:1", "minato", ConsentKind.DATA_USE, true, null, "operator1"))
                .expectNoEvents()
                .expectException(violationOf(ConsentIsComplete.class));
    }

    private static ResidentErased erased() {
        return new ResidentErased("Resident:1", "minato", "admin1", java.time.Instant.parse("2026-11-23T01:00:00Z"));
    }

    @Test
    void whenChangedDetailsAreUnusableThenRefused() {
        fixture.given(registered())
                .when(new ChangeResidentDetails("Resident:1", "minato", details("ミナト ハナコ", "0242-95"), "x"))
                .expectNoEvents()
                .expectException(violationOf(ResidentDetailsAreUsable.class));
    }

    @Test
    void whenAnotherOrganizationRecordsAConsentThenRefused() {
        fixture.given(registered())
                .when(new RecordConsent("Resident:1", "oto", ConsentKind.WATCH_OVER, true, TODAY, "x"))
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }

    @Test
    void whenAConsentIsRecordedForAnErasedResidentThenRefused() {
        fixture.given(registered(), erased())
                .when(new RecordConsent("Resident:1", "minato", ConsentKind.WATCH_OVER, true, TODAY, "operator1"))
                .expectNoEvents()
                .expectException(violationOf(ResidentIsNotErased.class));
    }

    @Test
    void whenAnotherOrganizationErasesTheResidentThenRefused() {
        fixture.given(registered())
                .when(new EraseResident("Resident:1", "oto", "admin9"))
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }

    @Test
    void whenConsentIsWithdrawnThenRecordedAsNotGiven() {
        fixture.given(registered())
                .when(new RecordConsent("Resident:1", "minato", ConsentKind.DATA_USE, false, TODAY, "operator1"))
                .expectEvents(new ConsentRecorded("Resident:1", "minato", ConsentKind.DATA_USE, false, TODAY,
                        "operator1"));
    }
}
