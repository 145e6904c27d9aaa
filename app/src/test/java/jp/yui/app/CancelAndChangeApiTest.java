package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.MongoDatabase;

import jp.yui.infra.eventstore.SequencedEventStorageEngine;

/**
 * Cancelling and changing a booking over HTTP. The server's Japan clock decides the kind of a cancellation, so this
 * class sets that clock to chosen instants around a run's deadline; it has a context of its own so the set clock
 * reaches no other test.
 */
@org.springframework.context.annotation.Import(JapanClock.Configuration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CancelAndChangeApiTest {

    private static final String PASSWORD = "test-admin-password-3";
    /** The day of every run here; its services close booking the day before at 17:00 (2031-03-11T17:00). */
    private static final LocalDate RIDE_DAY = LocalDate.of(2031, 3, 12);
    /** Generous: the views follow the events within moments, but the test machine may be busy. */
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "cancel", PASSWORD);
    }


    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    JapanClock clock;

    private YuiHttp http;
    private String org;

    @BeforeEach
    void setUp() {
        http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        org = YuiHttp.unique("c");
        clock.set(RIDE_DAY.minusDays(3).atTime(10, 0));
    }

    private long eventsOf(String aggregate) {
        return database.getCollection(SequencedEventStorageEngine.EVENTS)
                .countDocuments(new Document("aggregateIdentifier", aggregate));
    }

    /** Books and waits until the booking can be found, as cancel and change look it up first. */
    private String booked(String run, String body) throws InterruptedException {
        YuiHttp.Response booked = http.post("/api/orgs/" + org + "/bookings",
                "{\"runId\":\"" + run + "\"," + body + "}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String bookingId = (String) booked.json().get("bookingId");
        assertThat(YuiHttp.eventually(VIEW_LAG,
                () -> http.get("/api/orgs/" + org + "/bookings/" + bookingId).status(), s -> s == 200)).isEqualTo(200);
        return bookingId;
    }

    private String bookedAtHome(String run, int passengers, boolean wheelchair) throws InterruptedException {
        return booked(run, """
                "pickup":{"home":true},"dropOff":{"home":true},"passengers":%d,"wheelchair":%s"""
                .formatted(passengers, wheelchair));
    }

    private YuiHttp.Response change(String bookingId, String pickup, int passengers, boolean wheelchair) {
        return http.post("/api/orgs/" + org + "/bookings/" + bookingId + "/change", """
                {"pickup":%s,"dropOff":{"home":true},"passengers":%d,"companions":0,"wheelchair":%s}"""
                .formatted(pickup, passengers, wheelchair));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bookingOn(Map<String, Object> run, String bookingId) {
        return ((List<Map<String, Object>>) run.get("bookings")).stream()
                .filter(b -> bookingId.equals(b.get("bookingId"))).findFirst().orElseThrow();
    }

    private Map<String, Object> run(String run) {
        return http.get("/api/orgs/" + org + "/runs/" + run).json();
    }

    /** The run as the operator's list of the day shows it, with seats left. */
    private Map<String, Object> summary(String run) {
        return http.getList("/api/orgs/" + org + "/runs?date=" + RIDE_DAY).stream()
                .filter(r -> run.equals(r.get("runId"))).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "cancelled at {0} → {1}")
    @CsvSource({
            "2031-03-11T16:59, CANCELLED",
            "2031-03-11T17:00, CANCELLED",
            "2031-03-11T17:01, LATE_CANCEL",
            "2031-03-11T23:59:59, LATE_CANCEL",
            "2031-03-12T00:00, SAME_DAY_CANCEL"})
    void theServersJapanClockDecidesTheKindOfACancellation(LocalDateTime at, String kind) throws Exception {
        String run = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 4, 1, RIDE_DAY);
        String bookingId = bookedAtHome(run, 2, false);
        clock.set(at);

        YuiHttp.Response cancelled = http.post("/api/orgs/" + org + "/bookings/" + bookingId + "/cancel",
                "{\"reason\":\"体調不良\"}");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json()).containsEntry("kind", kind).containsEntry("bookingId", bookingId);
        Map<String, Object> after = YuiHttp.eventually(VIEW_LAG, () -> run(run),
                r -> bookingOn(r, bookingId).get("cancellation") != null);
        assertThat(bookingOn(after, bookingId)).containsEntry("cancellation", kind);
        assertThat(summary(run)).containsEntry("seatsLeft", 4).containsEntry("bookings", 0);
    }

    @Test
    void aCancelledBookingCannotBeCancelledAgainAndNothingMoreIsStored() throws Exception {
        String run = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 4, 1, RIDE_DAY);
        String bookingId = bookedAtHome(run, 1, false);
        String cancel = "/api/orgs/" + org + "/bookings/" + bookingId + "/cancel";
        assertThat(http.post(cancel, "{\"reason\":\"体調不良\"}").status()).isEqualTo(200);
        long before = eventsOf(run);

        YuiHttp.Response again = http.post(cancel, "{\"reason\":\"体調不良\"}");

        assertThat(again.status()).as(again.body()).isBetween(400, 499);
        assertThat(again.json()).containsEntry("rule", "BookingIsActive");
        assertThat(eventsOf(run)).isEqualTo(before);
    }

    @Test
    void aChangeToAWheelchairWhenTheSpacesAreTakenIsRefusedAndNothingStored() throws Exception {
        String run = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 4, 1, RIDE_DAY);
        bookedAtHome(run, 1, true);
        String walker = bookedAtHome(run, 1, false);
        long before = eventsOf(run);

        YuiHttp.Response refused = change(walker, "{\"home\":true}", 1, true);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("rule", "RunHasWheelchairSpace");
        assertThat(eventsOf(run)).isEqualTo(before);
        assertThat(bookingOn(run(run), walker)).containsEntry("wheelchair", false);
    }

    @Test
    void aChangeToMorePassengersThanSeatsLeftIsRefusedAndNothingStored() throws Exception {
        String run = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 3, 1, RIDE_DAY);
        bookedAtHome(run, 1, false);
        String family = bookedAtHome(run, 1, false);
        long before = eventsOf(run);

        YuiHttp.Response refused = change(family, "{\"home\":true}", 3, false);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("rule", "RunHasSeatsLeft");
        assertThat(eventsOf(run)).isEqualTo(before);
        assertThat(bookingOn(run(run), family)).containsEntry("passengers", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aValidChangeShowsOnTheRunAndItsSheet() throws Exception {
        String run = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 3, 1, RIDE_DAY);
        bookedAtHome(run, 1, false);
        String family = bookedAtHome(run, 1, false);
        long before = eventsOf(run);

        YuiHttp.Response changed = change(family, "{\"home\":false,\"stopId\":\"station\"}", 2, false);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(eventsOf(run)).isEqualTo(before + 1);
        Map<String, Object> after = YuiHttp.eventually(VIEW_LAG, () -> run(run),
                r -> Integer.valueOf(2).equals(bookingOn(r, family).get("passengers")));
        assertThat(bookingOn(after, family)).containsEntry("passengers", 2);
        assertThat((Map<String, Object>) bookingOn(after, family).get("pickup")).containsEntry("stopId", "station")
                .containsEntry("home", false);
        assertThat(summary(run)).containsEntry("seatsLeft", 0);
        List<Map<String, Object>> pickups = (List<Map<String, Object>>) http
                .get("/api/orgs/" + org + "/runs/" + run + "/sheet").json().get("pickups");
        assertThat(pickups).filteredOn(p -> family.equals(p.get("bookingId"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("passengers", 2));
    }
}
