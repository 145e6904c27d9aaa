package jp.yui.domain.attendance.query;

import static jp.yui.domain.shared.EventDispatch.dispatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.yui.domain.attendance.api.AttendeeRegistered;
import jp.yui.domain.attendance.api.RegistrationCancelled;
import jp.yui.domain.attendance.api.SessionClosed;
import jp.yui.domain.attendance.api.WaitlistOfferLapsed;
import jp.yui.domain.attendance.api.WaitlistPlaceOffered;
import jp.yui.domain.shared.ProjectionHistory;
import jp.yui.domain.shared.query.InMemoryViewStore;

/** The waitlist's open offers, found by the minute or hour they are due in, and closed by what ends them. */
class OpenOffersProjectionTest {

    static final String ORG = "kato";
    static final String S1 = "EventSession:1";
    static final String S2 = "EventSession:2";
    static final Instant NOW = Instant.parse("2030-06-01T01:00:30Z");
    static final Instant EXPIRES = Instant.parse("2030-06-02T01:05:10Z");

    final InMemoryViewStore<OpenOffer> offers = new InMemoryViewStore<>(OpenOffer.DUE, OpenOffer.BY_SESSION);
    final OpenOffersProjection projection = new OpenOffersProjection(offers, Clock.fixed(NOW, ZoneOffset.UTC));

    static WaitlistPlaceOffered offered(String session, String registration, Instant expiresAt) {
        return new WaitlistPlaceOffered(session, ORG, registration, 1, expiresAt, expiresAt.minus(Duration.ofDays(1)));
    }

    static AttendeeRegistered accepted(String session, String registration) {
        return new AttendeeRegistered(session, ORG, registration, null, null, null, null, 0, true, "office",
                EXPIRES.minusSeconds(60));
    }

    List<String> due(String bucket) {
        return offers.findBy(OpenOffer.EVERY_ORGANIZATION, OpenOffer.DUE.name(), bucket).stream()
                .map(OpenOffer::registrationId).toList();
    }

    @Test
    void anOpenOfferIsFoundByTheMinuteAndTheHourOfItsExpiryUnderEveryOrganization() {
        dispatch(projection, offered(S1, "Registration:a", EXPIRES));

        assertThat(due("m2030-06-02T01:05:00Z")).containsExactly("Registration:a");
        assertThat(due("h2030-06-02T01:00:00Z")).containsExactly("Registration:a");
        assertThat(due("m2030-06-02T01:04:00Z")).isEmpty();
        assertThat(offers.findByOrganization(ORG)).as("kept under the service-wide tag").isEmpty();
        assertThat(offers.find(OpenOffer.id(S1, "Registration:a")).orElseThrow().organizationId()).isEqualTo(ORG);
    }

    @Test
    void anOfferSeenAfterItsExpiryIsDueInTheMinuteAfterItWasSeen() {
        dispatch(projection, offered(S1, "Registration:late", NOW.minus(Duration.ofHours(3))));

        assertThat(due("m2030-06-01T01:01:00Z")).containsExactly("Registration:late");
        assertThat(due("m" + NOW.minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)))
                .as("not where the service has looked already").isEmpty();
    }

    @Test
    void anAcceptedCancelledLapsedOrClosedOfferIsNoLongerDue() {
        for (String r : List.of("Registration:a", "Registration:c", "Registration:l", "Registration:x")) {
            dispatch(projection, offered(r.endsWith("x") ? S2 : S1, r, EXPIRES));
        }
        dispatch(projection, offered(S1, "Registration:open", EXPIRES));
        dispatch(projection, accepted(S1, "Registration:a"));
        dispatch(projection, new RegistrationCancelled(S1, ORG, "Registration:c", 1, "office", EXPIRES));
        dispatch(projection, new WaitlistOfferLapsed(S1, ORG, "Registration:l", EXPIRES));
        dispatch(projection, new SessionClosed(S2, ORG, List.of(), "office", EXPIRES));

        assertThat(due("m2030-06-02T01:05:00Z")).containsExactly("Registration:open");
        assertThat(due("h2030-06-02T01:00:00Z")).containsExactly("Registration:open");
        assertThat(offers.findBy(OpenOffer.EVERY_ORGANIZATION, OpenOffer.BY_SESSION.name(), S2)).isEmpty();
    }

    @Test
    void aRegistrationThatDidNotComeFromTheWaitlistClosesNothing() {
        dispatch(projection, offered(S1, "Registration:a", EXPIRES));
        dispatch(projection, new AttendeeRegistered(S1, ORG, "Registration:a", null, null, null, null, 0, false,
                "office", EXPIRES));

        assertThat(due("m2030-06-02T01:05:00Z")).containsExactly("Registration:a");
    }

    /** A clock a minute later at every reading: an offer seen again must not be filed again. */
    static Clock ticking() {
        java.util.concurrent.atomic.AtomicLong minutes = new java.util.concurrent.atomic.AtomicLong();
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return NOW.plus(Duration.ofMinutes(minutes.getAndIncrement()));
            }
        };
    }

    @Test
    void eachEventDeliveredAgainChangesNothing() {
        List<Object> history = List.of(
                offered(S1, "Registration:a", EXPIRES),
                offered(S1, "Registration:b", EXPIRES.plusSeconds(3600)),
                offered(S1, "Registration:c", EXPIRES),
                offered(S2, "Registration:d", EXPIRES),
                offered(S1, "Registration:e", EXPIRES),
                offered(S1, "Registration:late", NOW.minus(Duration.ofHours(3))),
                accepted(S1, "Registration:a"),
                new RegistrationCancelled(S1, ORG, "Registration:c", 1, "office", EXPIRES),
                new WaitlistOfferLapsed(S1, ORG, "Registration:b", EXPIRES.plusSeconds(3600)),
                new SessionClosed(S2, ORG, List.of(), "office", EXPIRES));
        ProjectionHistory.assertRedeliveryChangesNothing(OpenOffersProjection.class,
                () -> new InMemoryViewStore<>(OpenOffer.DUE, OpenOffer.BY_SESSION),
                store -> new OpenOffersProjection(store, ticking()),
                store -> List.of(store.findBy(OpenOffer.EVERY_ORGANIZATION, OpenOffer.DUE.name(),
                        "h2030-06-02T01:00:00Z"), store.findBy(OpenOffer.EVERY_ORGANIZATION, OpenOffer.DUE.name(),
                        "h2030-06-02T02:00:00Z"), store.find(OpenOffer.id(S1, "Registration:a")),
                        store.find(OpenOffer.id(S1, "Registration:b")), store.find(OpenOffer.id(S1, "Registration:c")),
                        store.find(OpenOffer.id(S2, "Registration:d")), store.find(OpenOffer.id(S1, "Registration:e")),
                        store.find(OpenOffer.id(S1, "Registration:late"))),
                history);
    }
}
