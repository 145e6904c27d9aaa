package jp.yui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.query.RidershipProjection;

/**
 * 利用実績 over HTTP: one month of a small organization scripted through the API — bookings with companions and a
 * wheelchair, a change, a cancellation of each kind, boardings, a no-show, drop-offs, fares, a volunteer ride's
 * costs, a turn-down, an unmet need, duties with their kilometres, a booking in the next month — and the month's and
 * the fiscal year's figures compared with numbers counted by hand. The app's clock is the test's, so that the
 * cancellations fall before the deadline, after it, and on the day.
 */
@org.springframework.context.annotation.Import(JapanClock.Configuration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RidershipStatsTest {

    private static final String PASSWORD = "test-admin-password-r";
    private static final Duration VIEW_LAG = Duration.ofSeconds(30);
    private static final LocalDate RIDE_DAY = LocalDate.of(2026, 6, 15);


    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws Exception {
        OwnService.register(registry, "ridership", PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    JapanClock clock;

    @Autowired
    org.axonframework.config.Configuration axon;

    @Autowired
    EventStore eventStore;

    private YuiHttp http;
    private String org;

    @BeforeEach
    void setUp() {
        http = new YuiHttp("http://localhost:" + port, "admin", PASSWORD);
        org = YuiHttp.unique("r");
    }

    private String resident(int i) {
        return http.created(http.post("/api/orgs/" + org + "/residents", """
                {"memberNumber":"R-%d","details":{"name":"利用 %d","kana":"りよう","phones":["0242-22-%04d"]}}"""
                .formatted(i, i, i)), "residentId");
    }

    private String book(String run, String resident, int passengers, int companions, boolean wheelchair) {
        return http.created(http.post("/api/orgs/" + org + "/bookings", """
                {"runId":"%s","residentId":"%s","pickup":{"home":true},"dropOff":{"home":true},"passengers":%d,
                 "companions":%d,"wheelchair":%s}""".formatted(run, resident, passengers, companions, wheelchair)),
                "bookingId");
    }

    private void ok(YuiHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private String cancel(String booking) {
        YuiHttp.Response r = http.post("/api/orgs/" + org + "/bookings/" + booking + "/cancel", """
                {"reason":"都合により"}""");
        ok(r);
        return (String) r.json().get("kind");
    }

    private void duty(String run, String step, String json) {
        ok(http.post("/api/orgs/" + org + "/runs/" + run + "/duty/" + step, json));
    }

    private void startDuty(String run, int odometerKm) {
        Object driver = http.get("/api/orgs/" + org + "/runs/" + run).json().get("driverId");
        duty(run, "safety-check", """
                {"actionId":"check-0001","driverId":"%s","alcoholDetectorUsed":true,"alcoholDetected":false,
                 "ill":false,"fatigued":false,"checkedBy":"事務局","checkedAt":"%sT08:30:00"}"""
                .formatted(driver, RIDE_DAY));
        duty(run, "start", """
                {"actionId":"start-0001","driverId":"%s","place":"車庫","at":"%sT08:45:00","odometerKm":%d}"""
                .formatted(driver, RIDE_DAY, odometerKm));
    }

    private void outcome(String run, String action, String booking, String outcome, String time) {
        duty(run, "outcomes", """
                {"actionId":"%s","bookingId":"%s","outcome":"%s","at":"%sT%s"}"""
                .formatted(action, booking, outcome, RIDE_DAY, time));
    }

    private void fare(String run, String action, String booking, int yen, String method) {
        duty(run, "fares", """
                {"actionId":"%s","bookingId":"%s","yen":%d,"method":"%s","at":"%sT09:20:00"}"""
                .formatted(action, booking, yen, method, RIDE_DAY));
    }

    private void endDuty(String run, int odometerKm) {
        duty(run, "end", """
                {"actionId":"end-000001","place":"車庫","at":"%sT12:00:00","odometerKm":%d}"""
                .formatted(RIDE_DAY, odometerKm));
    }

    private YuiHttp.Response stats(String query) {
        YuiHttp.Response r = http.get("/api/orgs/" + org + "/stats/ridership?" + query);
        ok(r);
        return r;
    }

    private static long number(Map<String, Object> row, String figure) {
        Object value = row;
        for (String part : figure.split("\\.")) {
            value = ((Map<?, ?>) value).get(part);
        }
        return ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> monthRow(YuiHttp.Response stats, String serviceId, String month) {
        List<Map<String, Object>> services = (List<Map<String, Object>>) stats.json().get("services");
        Map<String, Object> service = services.stream().filter(s -> serviceId.equals(s.get("serviceId")))
                .findFirst().orElseThrow();
        return ((List<Map<String, Object>>) service.get("months")).stream()
                .filter(m -> month.equals(m.get("month"))).findFirst().orElseThrow();
    }

    private static void assertFigures(Map<String, Object> row, Map<String, Long> expected) {
        expected.forEach((figure, value) -> assertThat(number(row, figure)).as(figure).isEqualTo(value));
    }

    /** The month scripted over HTTP; returns when the figures show its last event (events are handled in order). */
    private void scriptJune2026() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        String r1 = resident(1);
        String r2 = resident(2);
        String r3 = resident(3);
        String bus = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 12, 1, RIDE_DAY);
        String volunteer = http.scheduleRun(org, "vol", "VOLUNTEER", 4, 1, RIDE_DAY);
        String nextMonth = http.scheduleRun(org, "bus", "DEMAND_RESPONSIVE", 8, 1, LocalDate.of(2026, 7, 3));

        String b1 = book(bus, r1, 3, 2, true);   // 3 riders, 2 of them companions, a wheelchair
        String b2 = book(bus, r2, 1, 0, false);  // changed to 2 riders below
        String b3 = book(bus, r1, 1, 0, false);  // r1 again: one more boarding, not one more rider
        String b4 = book(bus, r3, 1, 0, false);  // no-show
        String c1 = book(bus, r3, 1, 0, false);
        String c2 = book(bus, r3, 2, 1, false);
        String c3 = book(bus, r2, 1, 0, false);
        String v1 = book(volunteer, r3, 1, 0, false);
        book(nextMonth, r1, 1, 0, false);        // July: not in June
        ok(http.post("/api/orgs/" + org + "/bookings/" + b2 + "/change", """
                {"pickup":{"home":true},"dropOff":{"home":true},"passengers":2,"companions":1}"""));
        assertThat(http.created(http.post("/api/orgs/" + org + "/runs/" + bus + "/turn-downs", """
                {"passengers":2,"wheelchair":false,"reason":"RUN_FULL"}"""), "requestId")).isNotNull();
        assertThat(http.created(http.post("/api/orgs/" + org + "/unmet-needs", """
                {"service":"bus","residentId":"%s","wantedDate":"2026-06-20","reason":"NO_SERVICE_THAT_DAY"}"""
                .formatted(r2)), "needId")).isNotNull();

        assertThat(cancel(c1)).isEqualTo("CANCELLED");
        clock.set(LocalDateTime.of(2026, 6, 14, 18, 0)); // after the deadline (the day before, 17:00)
        assertThat(cancel(c2)).isEqualTo("LATE_CANCEL");
        clock.set(LocalDateTime.of(2026, 6, 15, 7, 0));
        assertThat(cancel(c3)).isEqualTo("SAME_DAY_CANCEL");

        startDuty(bus, 1000);
        outcome(bus, "board-b1", b1, "BOARDED", "09:00:00");
        outcome(bus, "board-b2", b2, "BOARDED", "09:05:00");
        outcome(bus, "board-b3", b3, "BOARDED", "09:10:00");
        outcome(bus, "absent-b4", b4, "NO_SHOW", "09:15:00");
        fare(bus, "fare-b1-01", b1, 600, "CASH");
        fare(bus, "fare-b2-01", b2, 300, "TICKET");
        fare(bus, "fare-b3-01", b3, 300, "CASH");
        fare(bus, "fare-b3-01", b3, 300, "CASH"); // the phone's retry: the same action, once
        outcome(bus, "drop-b1-01", b1, "DROPPED_OFF", "09:40:00");
        outcome(bus, "drop-b2-01", b2, "DROPPED_OFF", "09:45:00");
        endDuty(bus, 1042);

        startDuty(volunteer, 500);
        outcome(volunteer, "board-v1", v1, "BOARDED", "10:00:00");
        duty(volunteer, "costs", """
                {"actionId":"cost-v1-01","bookingId":"%s","fuelYen":800,"tollYen":300,"parkingYen":200,
                 "thanksYen":500,"at":"%sT10:30:00"}""".formatted(v1, RIDE_DAY));
        outcome(volunteer, "drop-v1-01", v1, "DROPPED_OFF", "10:40:00");
        endDuty(volunteer, 530);

        YuiHttp.eventually(VIEW_LAG, () -> YuiHttp.organizationTotal(stats("from=2026-06&to=2026-06")),
                total -> number(total, "km") == 72);
    }

    @Test
    void aMonthCountedByHandEqualsTheFiguresAndARebuildGivesTheSame() throws Exception {
        scriptJune2026();
        String busId = TransportService.idOf(org, "bus");
        String volunteerId = TransportService.idOf(org, "vol");

        YuiHttp.Response june = stats("from=2026-06&to=2026-06");
        assertFigures(monthRow(june, busId, "2026-06"), Map.ofEntries(
                Map.entry("bookings", 4L), Map.entry("passengersBooked", 7L), Map.entry("boarded", 6L),
                Map.entry("noShows", 1L), Map.entry("cancelled", 1L), Map.entry("lateCancels", 1L),
                Map.entry("sameDayCancels", 1L), Map.entry("turnedDown", 1L), Map.entry("unmetNeeds", 1L),
                Map.entry("wheelchairRides", 1L), Map.entry("distinctRiders", 2L),
                Map.entry("fareRevenue.cash", 900L), Map.entry("fareRevenue.ticket", 300L),
                Map.entry("fareRevenue.total", 1200L), Map.entry("volunteerCosts.total", 0L),
                Map.entry("km", 42L), Map.entry("runs", 1L), Map.entry("runsScheduled", 1L)));
        assertFigures(monthRow(june, volunteerId, "2026-06"), Map.ofEntries(
                Map.entry("bookings", 1L), Map.entry("boarded", 1L), Map.entry("distinctRiders", 1L),
                Map.entry("fareRevenue.total", 0L), Map.entry("volunteerCosts.fuel", 800L),
                Map.entry("volunteerCosts.toll", 300L), Map.entry("volunteerCosts.parking", 200L),
                Map.entry("volunteerCosts.thanks", 500L), Map.entry("volunteerCosts.total", 1800L),
                Map.entry("km", 30L), Map.entry("runs", 1L), Map.entry("runsScheduled", 1L)));
        assertFigures(YuiHttp.organizationTotal(june), Map.of("bookings", 5L, "boarded", 7L,
                "distinctRiders", 3L, "fareRevenue.total", 1200L, "runsScheduled", 2L));

        YuiHttp.Response year = stats("fiscalYear=2026");
        assertThat(year.json()).containsEntry("from", "2026-04").containsEntry("to", "2027-03");
        assertThat(monthRow(year, busId, "2026-07")).containsEntry("bookings", 1).containsEntry("boarded", 0);
        assertThat(monthRow(year, busId, "2026-05")).containsEntry("bookings", 0);
        assertFigures(YuiHttp.serviceTotal(year, busId), Map.of("bookings", 5L, "passengersBooked", 8L,
                "boarded", 6L, "distinctRiders", 2L, "runsScheduled", 2L, "runs", 1L));
        assertFigures(YuiHttp.organizationTotal(year), Map.of("bookings", 6L, "boarded", 7L,
                "distinctRiders", 3L, "km", 72L, "runsScheduled", 3L, "volunteerCosts.total", 1800L));
        clock.set(LocalDateTime.of(2027, 3, 31, 23, 0));
        assertThat(http.get("/api/orgs/" + org + "/stats/ridership").body())
                .as("the current fiscal year by the clock").isEqualTo(year.body());

        // Rebuilt from the events, the figures are the same.
        TrackingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(RidershipProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        long head = eventStore.createHeadToken().position().orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        boolean caughtUp = YuiHttp.eventually(VIEW_LAG, () -> processor.processingStatus().values().stream()
                .allMatch(s -> !s.isErrorState() && !s.isReplaying()
                        && s.getCurrentPosition().orElse(-1) >= head), done -> done);
        assertThat(caughtUp).as("rebuilt up to event %d", head).isTrue();
        assertThat(stats("from=2026-06&to=2026-06").body()).isEqualTo(june.body());
        assertThat(stats("fiscalYear=2026").body()).isEqualTo(year.body());

        // Rebuilt as a view into new collections, facts and month buckets, then swapped in: the same again.
        assertThat(http.post("/api/admin/views/ridership/rebuild", "").status()).isEqualTo(202);
        Map<String, Object> rebuilt = YuiHttp.eventually(VIEW_LAG,
                () -> http.get("/api/admin/views/ridership/rebuild").json(),
                s -> !List.of("BUILDING", "SWAPPING").contains(s.get("state")));
        assertThat(rebuilt).containsEntry("state", "DONE");
        assertThat(stats("from=2026-06&to=2026-06").body()).isEqualTo(june.body());
        assertThat(stats("fiscalYear=2026").body()).isEqualTo(year.body());
    }

    @Test
    void aBadPeriodIsRefusedWithAProblem() {
        for (String query : List.of("from=2026-04", "to=2026-04", "from=2026-05&to=2026-04",
                "from=2026-04&to=2031-04", "fiscalYear=2025&from=2025-04&to=2025-05", "from=2026-13&to=2027-01",
                "fiscalYear=next", "from=202604&to=202703")) {
            YuiHttp.Response r = http.get("/api/orgs/" + org + "/stats/ridership?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.contentType()).as(query).startsWith("application/problem+json");
            assertThat(r.json()).as(query).containsEntry("title", "集計期間が正しくありません");
        }
        assertThat(http.get("/api/orgs/" + org + "/stats/ridership?from=2026-04&to=2031-03").status())
                .as("60 months").isEqualTo(200);
    }
}
