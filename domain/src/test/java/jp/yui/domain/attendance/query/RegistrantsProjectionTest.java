package jp.yui.domain.attendance.query;

import static jp.yui.domain.shared.EventDispatch.dispatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.yui.domain.attendance.api.AttendeeCheckedIn;
import jp.yui.domain.attendance.api.AttendeeRegistered;
import jp.yui.domain.attendance.api.AttendeeWaitlisted;
import jp.yui.domain.attendance.api.CheckInUndone;
import jp.yui.domain.attendance.api.GuestDetails;
import jp.yui.domain.attendance.api.RegistrationCancelled;
import jp.yui.domain.attendance.api.WaitlistOfferLapsed;
import jp.yui.domain.attendance.api.WaitlistPlaceOffered;
import jp.yui.domain.attendance.query.RegistrantView.Status;
import jp.yui.domain.shared.ClearVault;
import jp.yui.domain.shared.ProjectionHistory;
import jp.yui.domain.shared.query.InMemoryViewStore;

/**
 * A session of 3 places from the phone to the door: a resident with a companion, a guest, a party of two waitlisted
 * and one more after it; the guest cancels, the party of two is offered the places and accepts, the last one's offer
 * lapses; the resident is checked in, undone by mistake and checked in again.
 */
class RegistrantsProjectionTest {

    private static final String ORG = "kato";
    private static final String S = "EventSession:kenko-1";
    private static final String OTHER = "EventSession:kenko-2";
    private static final Instant AT = Instant.parse("2025-06-01T01:00:00Z");
    private static final Instant EXPIRES = AT.plus(Duration.ofHours(24));

    private static InMemoryViewStore<RegistrantView> fresh() {
        return new InMemoryViewStore<>(RegistrantView.BY_SESSION);
    }

    private static AttendeeRegistered registered(String session, String id, String resident, int companions,
                                                 boolean fromWaitlist, Instant at) {
        return new AttendeeRegistered(session, ORG, id, resident, resident != null ? null
                : ClearVault.INSTANCE.seal(id, new GuestDetails("会津 花子", "あいづ はなこ", null)), null, null,
                companions, fromWaitlist, "office", at);
    }

    private static AttendeeWaitlisted waitlisted(String id, String resident, int companions, Instant at) {
        return new AttendeeWaitlisted(S, ORG, id, resident, null, null, null, companions, "office", at);
    }

    static List<Object> history() {
        return List.of(
                registered(S, "r-a", "Resident:a", 1, false, AT),
                registered(S, "r-g", null, 0, false, AT.plusSeconds(60)),
                waitlisted("r-w", "Resident:w", 1, AT.plusSeconds(120)),
                waitlisted("r-x", "Resident:x", 0, AT.plusSeconds(180)),
                registered(OTHER, "r-a", "Resident:a", 0, false, AT),
                new RegistrationCancelled(S, ORG, "r-g", 1, "office", AT.plusSeconds(240)),
                new WaitlistPlaceOffered(S, ORG, "r-w", 2, EXPIRES, AT.plusSeconds(240)),
                registered(S, "r-w", "Resident:w", 1, true, AT.plusSeconds(300)),
                new WaitlistPlaceOffered(S, ORG, "r-x", 1, EXPIRES.plusSeconds(60), AT.plusSeconds(360)),
                new WaitlistOfferLapsed(S, ORG, "r-x", EXPIRES.plusSeconds(60)),
                new AttendeeCheckedIn(S, ORG, "c-1", "r-a", 1, "door", AT.plusSeconds(400)),
                new CheckInUndone(S, ORG, "c-1", "r-a", "別人", "door", AT.plusSeconds(410)),
                new AttendeeCheckedIn(S, ORG, "c-2", "r-a", 1, "door", AT.plusSeconds(420)),
                new AttendeeCheckedIn(S, ORG, "c-3", "r-w", 1, "door", AT.plusSeconds(430)),
                new CheckInUndone(S, ORG, "c-3", "r-w", "別人", "door", AT.plusSeconds(440)));
    }

    private static Map<String, RegistrantView> ofSession(InMemoryViewStore<RegistrantView> store, String session,
                                                         List<Object> events) {
        RegistrantsProjection projection = new RegistrantsProjection(store);
        events.forEach(e -> dispatch(projection, e));
        return store.findBy(ORG, "session", session).stream()
                .collect(Collectors.toMap(RegistrantView::registrationId, Function.identity()));
    }

    @Test
    void eachRegistrationOfTheSessionIsFoundByOneKeyWithItsStatusAndCheckIn() {
        Map<String, RegistrantView> found = ofSession(fresh(), S, history());
        assertThat(found).containsOnlyKeys("r-a", "r-g", "r-w", "r-x");
        assertThat(found.get("r-a").status()).isEqualTo(Status.REGISTERED);
        assertThat(found.get("r-a").companions()).isEqualTo(1);
        assertThat(found.get("r-a").checkInId()).as("checked in again after the undo").isEqualTo("c-2");
        assertThat(found.get("r-g").status()).isEqualTo(Status.CANCELLED);
        assertThat(found.get("r-g").residentId()).isNull();
        assertThat(ClearVault.INSTANCE.open(found.get("r-g").guest(), GuestDetails.class)).get()
                .extracting(GuestDetails::kana).isEqualTo("あいづ はなこ");
        assertThat(found.get("r-w").status()).isEqualTo(Status.REGISTERED);
        assertThat(found.get("r-w").offerExpiresAt()).as("no open offer once registered").isNull();
        assertThat(found.get("r-w").registeredAt()).as("when the call was taken").isEqualTo(AT.plusSeconds(120));
        assertThat(found.get("r-w").checkInId()).as("undone").isNull();
        assertThat(found.get("r-x").status()).isEqualTo(Status.LAPSED);
        assertThat(ofSession(fresh(), OTHER, history())).containsOnlyKeys("r-a");
    }

    @Test
    void aWaitlistedPartyWithAnOfferShowsWhenItExpires() {
        Map<String, RegistrantView> found = ofSession(fresh(), S, history().subList(0, 7));
        assertThat(found.get("r-w").status()).isEqualTo(Status.OFFERED);
        assertThat(found.get("r-w").offerExpiresAt()).isEqualTo(EXPIRES);
        assertThat(found.get("r-x").status()).isEqualTo(Status.WAITLISTED);
        assertThat(found.get("r-x").offerExpiresAt()).isNull();
    }

    @Test
    void aCheckInDeliveredAgainAfterItsUndoStaysUndone() {
        InMemoryViewStore<RegistrantView> store = fresh();
        ofSession(store, S, history());
        Map<String, RegistrantView> again = ofSession(store, S, List.of(history().get(10), history().get(13)));
        assertThat(again.get("r-a").checkInId()).isEqualTo("c-2");
        assertThat(again.get("r-w").checkInId()).isNull();
    }

    @Test
    void eachEventTwiceOrAnyTailOfTheHistoryAgainChangesNothing() {
        ProjectionHistory.assertRedeliveryChangesNothing(RegistrantsProjection.class,
                RegistrantsProjectionTest::fresh, RegistrantsProjection::new,
                store -> store.findByOrganization(ORG), history());
    }

    @Test
    void resetEmptiesTheRegistrants() {
        InMemoryViewStore<RegistrantView> store = fresh();
        ofSession(store, S, history());
        new RegistrantsProjection(store).reset();
        assertThat(store.findByOrganization(ORG)).isEmpty();
    }
}
