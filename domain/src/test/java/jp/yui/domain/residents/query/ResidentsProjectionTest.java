package jp.yui.domain.residents.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.yui.domain.residents.api.ConsentKind;
import jp.yui.domain.residents.api.ConsentRecorded;
import jp.yui.domain.residents.api.MobilityNeed;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.api.ResidentDetailsChanged;
import jp.yui.domain.residents.api.ResidentRegistered;
import jp.yui.domain.residents.api.ResidentErased;
import jp.yui.domain.shared.query.InMemoryViewStore;

class ResidentsProjectionTest {

    private static final jp.yui.domain.shared.ClearVault VAULT = jp.yui.domain.shared.ClearVault.INSTANCE;

    private static ResidentDetails details(String kana, String phone) {
        return new ResidentDetails("湊 花子", kana, List.of(phone), "湊町", null, null, Set.of(MobilityNeed.WALKER),
                null, null);
    }

    private static final List<Object> HISTORY = List.of(
            new ResidentRegistered("Resident:1", "minato", "M-1", VAULT.seal("Resident:1", details("みなと はなこ", "0242-95-1234")),
                    LocalDate.of(1941, 6, 1), "湊", "op"),
            new ConsentRecorded("Resident:1", "minato", ConsentKind.WATCH_OVER, true, LocalDate.of(2026, 4, 1), "op"),
            new ResidentDetailsChanged("Resident:1", "minato", VAULT.seal("Resident:1", details("ミナト ハナコ", "090-1111-2222")),
                    "op"),
            new ConsentRecorded("Resident:1", "minato", ConsentKind.WATCH_OVER, false, LocalDate.of(2026, 9, 1), "op"));

    private static InMemoryViewStore<ResidentView> apply(int times) {
        InMemoryViewStore<ResidentView> store = new InMemoryViewStore<>();
        ResidentsProjection projection = new ResidentsProjection(store);
        for (Object event : HISTORY) {
            for (int i = 0; i < times; i++) {
                jp.yui.domain.shared.EventDispatch.dispatch(projection, event);
            }
        }
        return store;
    }

    @Test
    void residentIsFoundByPhoneAndKanaInAnyWriting() {
        ResidentView resident = apply(1).find("Resident:1").orElseThrow();
        ResidentDetails details = VAULT.open(resident.details(), ResidentDetails.class).orElseThrow();
        assertThat(ResidentView.hasPhone(details, "09011112222")).isTrue();
        assertThat(ResidentView.hasPhone(details, "0242-95-1234")).isFalse();
        assertThat(ResidentView.kanaStartsWith(details, "ﾐﾅﾄ")).isTrue();
        assertThat(ResidentView.kanaStartsWith(details, "みなと は")).isTrue();
        assertThat(ResidentView.kanaStartsWith(details, "やまだ")).isFalse();
        assertThat(resident.hasConsent(ConsentKind.WATCH_OVER)).isFalse();
    }

    @Test
    void anErasedResidentKeepsNoDetailsEvenWhenItsHistoryIsReplayed() {
        InMemoryViewStore<ResidentView> store = apply(1);
        ResidentsProjection projection = new ResidentsProjection(store);
        ResidentErased erased = new ResidentErased("Resident:1", "minato", "admin", java.time.Instant.EPOCH);
        jp.yui.domain.shared.EventDispatch.dispatch(projection, erased);
        for (Object event : HISTORY) {
            jp.yui.domain.shared.EventDispatch.dispatch(projection, event);
        }
        ResidentView resident = store.find("Resident:1").orElseThrow();
        assertThat(resident.erased()).isTrue();
        assertThat(resident.details()).isNull();
        assertThat(resident.district()).isEqualTo("湊");
    }

    @Test
    void everyEventAppliedTwiceChangesNothing() {
        assertThat(apply(2).find("Resident:1")).isEqualTo(apply(1).find("Resident:1"));
    }

    private static final ResidentErased ERASED = new ResidentErased("Resident:1", "minato", "admin",
            java.time.Instant.EPOCH);

    @Test
    void eachEventTwiceOrAnyTailOfTheHistoryAgainChangesNothing() {
        List<Object> history = new java.util.ArrayList<>(HISTORY);
        history.add(new ConsentRecorded("Resident:1", "minato", ConsentKind.DATA_USE, true, LocalDate.of(2026, 10, 1),
                "op"));
        history.add(ERASED);
        jp.yui.domain.shared.ProjectionHistory.assertRedeliveryChangesNothing(ResidentsProjection.class,
                InMemoryViewStore<ResidentView>::new, ResidentsProjection::new,
                store -> store.findByOrganization("minato"), history);
    }

    @Test
    void aResidentKeepsTheLatestConsentOfEachKind() {
        InMemoryViewStore<ResidentView> store = apply(1);
        ResidentsProjection projection = new ResidentsProjection(store);
        jp.yui.domain.shared.EventDispatch.dispatch(projection, new ConsentRecorded("Resident:1", "minato",
                ConsentKind.DATA_USE, true, LocalDate.of(2026, 10, 1), "op2"));
        ResidentView resident = store.find("Resident:1").orElseThrow();
        assertThat(resident.hasConsent(ConsentKind.DATA_USE)).isTrue();
        assertThat(resident.hasConsent(ConsentKind.WATCH_OVER)).isFalse();
        assertThat(resident.consents()).containsExactlyInAnyOrder(
                new ResidentView.Consent(ConsentKind.WATCH_OVER, false, LocalDate.of(2026, 9, 1), "op"),
                new ResidentView.Consent(ConsentKind.DATA_USE, true, LocalDate.of(2026, 10, 1), "op2"));
    }

    @Test
    void aRegistrationDeliveredAgainKeepsTheConsents() {
        InMemoryViewStore<ResidentView> store = apply(1);
        jp.yui.domain.shared.EventDispatch.dispatch(new ResidentsProjection(store), HISTORY.get(0));
        assertThat(store.find("Resident:1").orElseThrow().consents()).hasSize(1);
    }

    @Test
    void anErasedResidentKeepsTheFiguresButNoDetailsAndTakesNoNewDetails() {
        InMemoryViewStore<ResidentView> store = apply(1);
        ResidentsProjection projection = new ResidentsProjection(store);
        jp.yui.domain.shared.EventDispatch.dispatch(projection, ERASED);
        jp.yui.domain.shared.EventDispatch.dispatch(projection, new ResidentDetailsChanged("Resident:1", "minato",
                VAULT.seal("Resident:1", details("みなと", "0242-95-0000")), "op"));
        ResidentView resident = store.find("Resident:1").orElseThrow();
        assertThat(resident).isEqualTo(new ResidentView("Resident:1", "minato", "M-1", null, LocalDate.of(1941, 6, 1),
                "湊", List.of(new ResidentView.Consent(ConsentKind.WATCH_OVER, false, LocalDate.of(2026, 9, 1), "op")),
                true));
    }

    @Test
    void eventsOfAnUnknownResidentCreateNothing() {
        InMemoryViewStore<ResidentView> store = new InMemoryViewStore<>();
        ResidentsProjection projection = new ResidentsProjection(store);
        for (Object event : HISTORY.subList(1, HISTORY.size())) {
            jp.yui.domain.shared.EventDispatch.dispatch(projection, event);
        }
        jp.yui.domain.shared.EventDispatch.dispatch(projection, ERASED);
        assertThat(store.size()).isZero();
    }

    @Test
    void resetEmptiesTheDirectory() {
        InMemoryViewStore<ResidentView> store = apply(1);
        new ResidentsProjection(store).reset();
        assertThat(store.size()).isZero();
    }

    @Test
    void phoneAndKanaSearchesNeedSomethingToLookFor() {
        ResidentDetails details = details("みなと はなこ", "0242-95-1234");
        assertThat(ResidentView.hasPhone(details, "")).isFalse();
        assertThat(ResidentView.hasPhone(details, "--")).isFalse();
        assertThat(ResidentView.kanaStartsWith(details, " ")).isFalse();
        assertThat(ResidentView.kanaStartsWith(details, null)).isFalse();
    }
}
